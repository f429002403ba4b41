import type { AppInfo } from '../../shared/domain/app-info';
import { AppError } from '../../shared/errors';
import { cleanFileName, shownName } from '../attachments/safe-file-name';
import type { ByteSource } from '../attachments/stage-upload';
import { FileTooLargeError, stageUpload } from '../attachments/stage-upload';
import type { FileReply, FileRouteRegistry } from './file-reply';
import { statusOf } from './error-status';
import { callOrThrow, jsonReply, refusal } from './file-reply';

export interface UploadHead {
  /** The `name` query parameter. */
  name: string | null;
  contentType: string;
  /** Content-Length, or 0 when none was sent (the limit is then enforced while streaming). */
  declaredLength: number;
}

function nameForMessage(declared: string): string {
  try {
    return cleanFileName(declared).name;
  } catch {
    return shownName(declared);
  }
}

/** POST /upload?name=…: the raw bytes are staged (see stageUpload), then linked with attachments.add. */
export async function receiveUpload(registry: FileRouteRegistry, body: ByteSource, head: UploadHead, maxBytes: number): Promise<FileReply> {
  // Not a type a plain HTML form can send, so another page cannot post files here without CORS.
  if (!head.contentType.startsWith('application/octet-stream')) {
    return refusal(415, { code: 'invalid_input', message: '上传的内容必须是文件本身（application/octet-stream）。' });
  }
  if (!head.name) return refusal(400, { code: 'invalid_input', message: '上传时没有给出文件名（name 参数）。', fields: { fileName: '文件名：必须填写' } });
  if (head.declaredLength > maxBytes) {
    return { ...refusal(413, new FileTooLargeError(nameForMessage(head.name), maxBytes).toData()), stoppedReading: true };
  }
  try {
    const { dataDir } = await callOrThrow<AppInfo>(registry, 'app.info', {});
    return jsonReply(200, { ok: true, data: await stageUpload(dataDir, body, head.name, { maxBytes }) });
  } catch (err) {
    const error = err instanceof AppError ? err : new AppError('internal', '程序内部出错，文件没有保存。');
    if (!(err instanceof AppError)) console.error('[法治台账] 上传出错：', err);
    const status = error instanceof FileTooLargeError ? 413 : statusOf(error.code);
    return { ...refusal(status, error.toData()), stoppedReading: true };
  }
}
