import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import type { Attachment, EvidenceKind } from '../../shared/domain/attachment';
import { ATTACHMENT_LIMITS } from '../../shared/domain/attachment';
import { AppError } from '../../shared/errors';
import type { AppContext } from '../app-context';
import { getActivity } from '../store/activity-store';
import { blobExists, insertAttachment } from '../store/attachment-store';
import { hashFile, moveIntoStoreSync, readHead, removeBlobFilesSync } from './blob-files';
import { admitFile, admitName } from './file-intake';
import { HEAD_BYTES } from './file-signatures';
import { toAttachment } from './load-attachment';
import { FileTooLargeError } from './stage-upload';
import { blobPath, stagedPath } from './storage-paths';
import { hasThumbnail, makeThumbnail } from './thumbnails';

export interface AddAttachmentInput {
  activityId: string;
  stagedId: string;
  kind: EvidenceKind;
  fileName: string;
}

function assertOpenActivity(ctx: AppContext, activityId: string): void {
  const activity = getActivity(ctx.db, activityId);
  if (!activity) throw new AppError('not_found', `找不到这条活动（编号 ${activityId}），无法添加佐证材料。`);
  if (activity.deletedAt) throw new AppError('conflict', `“${activity.title}”在回收站中，请先恢复再添加佐证材料。`);
}

/**
 * Moves a staged upload into the content-addressed store and links it to an entry. The name given
 * here is checked against the file's bytes again (it may differ from the name it was staged under).
 * The file move and the database write run without a pause in between, so no removal can slip in;
 * if the database refuses, a file this call wrote is taken out again.
 */
export async function addAttachment(ctx: AppContext, input: AddAttachmentInput): Promise<Attachment> {
  assertOpenActivity(ctx, input.activityId);
  const staged = stagedPath(ctx.dataDir, input.stagedId);
  if (!fs.existsSync(staged)) {
    throw new AppError('not_found', '找不到上传的文件：它可能已经添加过，或上传后超过一天未使用已被清理。请重新选择文件上传。', {
      stagedId: '上传编号：文件不存在',
    });
  }
  const { name } = admitName(input.fileName);
  // A data package may be staged far above the evidence limit; evidence must still keep to it.
  if (fs.statSync(staged).size > ATTACHMENT_LIMITS.maxFileBytes) throw new FileTooLargeError(name, ATTACHMENT_LIMITS.maxFileBytes);
  const { type } = admitFile(name, await readHead(staged, HEAD_BYTES));
  const { sha256, size } = await hashFile(staged);

  assertOpenActivity(ctx, input.activityId);
  const record = { id: randomUUID(), activityId: input.activityId, kind: input.kind, originalName: name, size, mime: type.mime, sha256, addedAt: ctx.now() };
  const wrote = moveIntoStoreSync(ctx.dataDir, staged, sha256);
  try {
    insertAttachment(ctx.db, record);
  } catch (err) {
    if (wrote && !blobExists(ctx.db, sha256)) removeBlobFilesSync(ctx.dataDir, sha256);
    throw err;
  }

  if (type.group === '图片' && !hasThumbnail(ctx.dataDir, sha256)) {
    // Kept even if the attachment was removed meanwhile: removed attachments keep their files (backups).
    await makeThumbnail(ctx.dataDir, sha256, blobPath(ctx.dataDir, sha256), type.mime);
  }
  return toAttachment(ctx, record);
}
