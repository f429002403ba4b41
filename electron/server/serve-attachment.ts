import fs from 'node:fs';
import type { AppInfo } from '../../shared/domain/app-info';
import type { Attachment } from '../../shared/domain/attachment';
import { AppError } from '../../shared/errors';
import { contentDisposition } from '../attachments/content-disposition';
import type { AdmittedFile } from '../attachments/file-intake';
import { admittedStoredFile } from '../attachments/file-intake';
import { unsafeStoredFile } from '../attachments/openable-types';
import { shownName } from '../attachments/safe-file-name';
import { blobPath, thumbnailPath } from '../attachments/storage-paths';
import { SECURITY_HEADERS } from './content-security';
import type { FileReply, FileRouteRegistry } from './file-reply';
import { statusOf } from './error-status';
import { callOrThrow, refusal } from './file-reply';

export interface FileConditions {
  /** HEAD: headers only. */
  headOnly: boolean;
  ifNoneMatch: string | undefined;
}

/**
 * GET /files/<id>[/thumbnail]: the stored bytes as a download under the cleaned name, typed by the
 * intake (nosniff is in SECURITY_HEADERS), or the JPEG thumbnail inline.
 */
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
  let admitted: AdmittedFile | null = null;
  try {
    size = fs.statSync(file).size;
    // The type is the intake's verdict on the stored name and bytes, never the MIME recorded with the
    // row (which a package from before the intake may have set to anything). A thumbnail is our JPEG.
    if (!thumbnail) admitted = admittedStoredFile(attachment.originalName, file);
  } catch {
    const shown = shownName(attachment.originalName);
    const message = thumbnail ? `“${shown}”没有缩略图。` : `“${shown}”的文件不在数据文件夹中（可能被手工删除或移动），请重新添加。`;
    return refusal(404, { code: 'not_found', message });
  }
  if (!thumbnail && !admitted) {
    const error = unsafeStoredFile(attachment.originalName);
    return refusal(statusOf(error.code), error.toData());
  }
  // The content is addressed by its hash, so the hash is a perfect validator.
  const etag = `"${attachment.sha256}${thumbnail ? '-t' : ''}"`;
  const headers = { ...SECURITY_HEADERS, ETag: etag, 'Cache-Control': 'private, no-cache' };
  if (conditions.ifNoneMatch === etag) return { status: 304, headers, body: null };
  return {
    status: 200,
    headers: {
      ...headers,
      'Content-Type': admitted ? admitted.type.mime : 'image/jpeg',
      'Content-Length': String(size),
      'Content-Disposition': admitted ? contentDisposition('attachment', admitted.name) : 'inline',
    },
    body: conditions.headOnly ? null : { file },
  };
}
