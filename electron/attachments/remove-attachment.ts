import type { Attachment } from '../../shared/domain/attachment';
import type { AppContext } from '../app-context';
import { deleteAttachment } from '../store/attachment-store';
import { removeBlobFilesSync } from './blob-files';
import { mustGetAttachment, toAttachment } from './load-attachment';

/**
 * Unlinks an attachment. Its file is deleted only when no other attachment shares the same content,
 * and only after the database has committed, so a failed transaction never loses a file.
 * Returns the attachment as it was.
 */
export function removeAttachment(ctx: AppContext, id: string): Attachment {
  const before = toAttachment(ctx, mustGetAttachment(ctx, id));
  const { releasedSha256 } = deleteAttachment(ctx.db, id);
  if (releasedSha256) removeBlobFilesSync(ctx.dataDir, releasedSha256);
  return before;
}
