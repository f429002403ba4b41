import fs from 'node:fs';
import type { AppInfo } from '../../shared/domain/app-info';
import type { Attachment } from '../../shared/domain/attachment';
import { AppError } from '../../shared/errors';
import { contentDisposition } from '../attachments/content-disposition';
import { blobPath, thumbnailPath } from '../attachments/storage-paths';
import { SECURITY_HEADERS } from './content-security';
import type { FileReply, FileRouteRegistry } from './file-reply';
import { callOrThrow, refusal, statusOf } from './file-reply';

export interface FileConditions {
  /** HEAD: headers only. */
  headOnly: boolean;
  ifNoneMatch: string | undefined;
}

/** GET /files/<id>[/thumbnail]: the stored bytes under the original name, or the JPEG thumbnail inline. */
export async function serveAttachment(registry: FileRouteRegistry, id: string, thumbnail: boolean, conditions: FileConditions): Promise<FileReply> {
  let attachment: Attachment;
  let dataDir: string;
  try {
    attachment = await callOrThrow<Attachment>(registry, 'attachments.get', { id });
    dataDir = (await callOrThrow<AppInfo>(registry, 'app.info', {})).dataDir;
  } catch (err) {
    const error = err instanceof AppError ? err : new AppError('internal', '程序内部出错。');
    return refusal(statusOf(error.code), error.toData());
  }
  const file = thumbnail ? thumbnailPath(dataDir, attachment.sha256) : blobPath(dataDir, attachment.sha256);
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch {
    const message = thumbnail ? `“${attachment.originalName}”没有缩略图。` : `“${attachment.originalName}”的文件不在数据文件夹中（可能被手工删除或移动），请重新添加。`;
    return refusal(404, { code: 'not_found', message });
  }
  // The content is addressed by its hash, so the hash is a perfect validator.
  const etag = `"${attachment.sha256}${thumbnail ? '-t' : ''}"`;
  const headers = { ...SECURITY_HEADERS, ETag: etag, 'Cache-Control': 'private, no-cache' };
  if (conditions.ifNoneMatch === etag) return { status: 304, headers, body: null };
  return {
    status: 200,
    headers: {
      ...headers,
      'Content-Type': thumbnail ? 'image/jpeg' : attachment.mime,
      'Content-Length': String(size),
      'Content-Disposition': thumbnail ? 'inline' : contentDisposition('attachment', attachment.originalName),
    },
    body: conditions.headOnly ? null : { file },
  };
}
