import type { Attachment } from '../../shared/domain/attachment';
import type { AppContext } from '../app-context';
import { deleteAttachment } from '../store/attachment-store';
import { mustGetAttachment, toAttachment } from './load-attachment';

/**
 * Unlinks an attachment (and forgets its blob row when nothing else uses it). The stored file and its
 * thumbnail stay on disk: a backup taken before the removal still links to them, and a restore of
 * that backup must find every file its rows name. Returns the attachment as it was.
 */
export function removeAttachment(ctx: AppContext, id: string): Attachment {
  const before = toAttachment(ctx, mustGetAttachment(ctx, id));
  deleteAttachment(ctx.db, id);
  return before;
}
