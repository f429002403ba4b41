import type { Attachment } from '../../shared/domain/attachment';
import { AppError } from '../../shared/errors';
import type { AppContext } from '../app-context';
import type { AttachmentRecord } from '../store/attachment-store';
import { getAttachment } from '../store/attachment-store';
import { hasThumbnail } from './thumbnails';

export function toAttachment(ctx: AppContext, record: AttachmentRecord): Attachment {
  return { ...record, hasThumbnail: hasThumbnail(ctx.dataDir, record.sha256) };
}

export function mustGetAttachment(ctx: AppContext, id: string): AttachmentRecord {
  const found = getAttachment(ctx.db, id);
  if (!found) throw new AppError('not_found', `找不到这份佐证材料（编号 ${id}），可能已被移除。`);
  return found;
}
