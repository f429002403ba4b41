import type { StagedUpload } from '../../shared/domain/attachment';
import type { WireResult } from '../../shared/contract/wire';
import { AppError, isAppErrorData } from '../../shared/errors';
import { VERSION_HEADER } from '../../shared/auth/host-state';
import { PAGE_VERSION } from './page-version';
import { isSessionProblemCode, notSavedMessage, reportSessionProblem, SESSION_LOST_MESSAGE, SESSION_LOST_STATUS } from './session-lost';

// Files do not go through the JSON operations: the bytes are staged over HTTP first and then linked
// (attachments.add) or read (ledger.import.*) by their stagedId. The URL is relative so the same code
// reaches the browser-mode server and the desktop shell's app:// protocol alike.

/** Stages one file; resolves with what attachments.add and ledger.import.* need, or rejects with an AppError. */
export async function uploadFile(file: File, signal?: AbortSignal, purpose?: 'package'): Promise<StagedUpload> {
  let response: Response;
  try {
    response = await fetch(`upload?name=${encodeURIComponent(file.name)}${purpose ? `&purpose=${purpose}` : ''}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/octet-stream', [VERSION_HEADER]: PAGE_VERSION },
      body: file,
      signal: signal ?? null,
    });
  } catch (err) {
    if (signal?.aborted) throw new AppError('conflict', `已取消上传“${file.name}”。`);
    console.error(err);
    throw new AppError('internal', `“${file.name}”没有上传成功：无法连接到法治台账后台，请确认程序仍在运行。`);
  }
  const body: unknown = await response.json().catch(() => null);
  // The host's session refusals switch the page to sign-in (or password change), as every call's do.
  const error = body && typeof body === 'object' && 'error' in body ? (body as { error: unknown }).error : undefined;
  if (isAppErrorData(error) && isSessionProblemCode(error.code)) {
    reportSessionProblem({ code: error.code, message: error.message });
    throw new AppError(error.code, `“${file.name}”没有上传：${error.code === 'not_signed_in' ? notSavedMessage(error.message) : error.message}`);
  }
  if (response.status === SESSION_LOST_STATUS) throw new AppError('forbidden', `“${file.name}”没有上传：${SESSION_LOST_MESSAGE}`);
  if (body && typeof body === 'object' && 'ok' in body) {
    const result = body as WireResult<StagedUpload>;
    if (result.ok) return result.data;
    if (isAppErrorData(result.error)) throw AppError.fromData(result.error);
  }
  throw new AppError('internal', `“${file.name}”没有上传成功（后台返回 HTTP ${response.status}）。`);
}
