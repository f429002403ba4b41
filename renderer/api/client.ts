import type { DesktopApi } from '../../shared/contract/desktop-api';
import { DESKTOP_API_KEY } from '../../shared/contract/desktop-api';
import type { InputOf, OperationName, OutputOf } from '../../shared/contract/operations';
import type { WireResult } from '../../shared/contract/wire';
import { AppError, isAppErrorData } from '../../shared/errors';
import { VERSION_HEADER } from '../../shared/auth/host-state';
import { PAGE_VERSION } from './page-version';
import { noteRefusedCall } from './refused-calls';
import { noteServerTouch } from './server-activity';
import { isSessionProblemCode, notSavedMessage, reportSessionProblem, SESSION_LOST, SESSION_LOST_STATUS } from './session-lost';

// The renderer's only way to the backend. It does not know which shell it runs in: the desktop
// preload's API when present, otherwise HTTP JSON to the server that served the page: browser mode
// on 127.0.0.1, or the host (局域网多人使用), whose session refusals are reported to the sign-in gate
// (session-lost.ts) so that no page handles them itself.

function desktopApi(): DesktopApi | undefined {
  return (window as unknown as Record<string, DesktopApi | undefined>)[DESKTOP_API_KEY];
}

/** True in the desktop window: some things (opening a file with the system program) exist only there. */
export function isDesktop(): boolean {
  return desktopApi() !== undefined;
}

/**
 * The host's refusals of the session rather than of the call: the gate switches the page (sign-in,
 * change password, reload), and the call itself rejects saying that nothing was saved.
 */
function sessionRefusal(name: OperationName, status: number, body: unknown): WireResult<unknown> | null {
  const error = body && typeof body === 'object' && 'error' in body ? (body as { error: unknown }).error : undefined;
  if (isAppErrorData(error) && isSessionProblemCode(error.code)) {
    reportSessionProblem({ code: error.code, message: error.message, operation: name });
    const message = error.code === 'not_signed_in' ? notSavedMessage(error.message) : error.message;
    return { ok: false, error: { code: error.code, message } };
  }
  // Browser mode's launch cookie is missing or stale (see session-lost.ts).
  if (status === SESSION_LOST_STATUS) return { ok: false, error: SESSION_LOST };
  return null;
}

async function overHttp(name: OperationName, input: unknown): Promise<WireResult<unknown>> {
  const sentAt = Date.now();
  let response: Response;
  try {
    response = await fetch(`/api/${name}`, {
      method: 'POST',
      // Browser mode ignores the version; the host refuses a page of another version (409).
      headers: { 'Content-Type': 'application/json', [VERSION_HEADER]: PAGE_VERSION },
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    return { ok: false, error: { code: 'internal', message: '无法连接到法治台账后台，请确认程序仍在运行。' } };
  }
  const body: unknown = await response.json().catch(() => null);
  const refused = sessionRefusal(name, response.status, body);
  if (refused) return refused;
  // The host moved the session's idle deadline on when it took the call (the idle warning counts from here).
  noteServerTouch(sentAt);
  if (body && typeof body === 'object' && 'ok' in body) return body as WireResult<unknown>;
  return { ok: false, error: { code: 'internal', message: `后台返回了无法识别的内容（HTTP ${response.status}）。` } };
}

/** Calls one operation; resolves with its typed output or rejects with an AppError. */
export async function call<K extends OperationName>(name: K, input: InputOf<K>): Promise<OutputOf<K>> {
  const api = desktopApi();
  const result = api ? await api.invoke(name, input) : await overHttp(name, input);
  if (result.ok) return result.data as OutputOf<K>;
  if (result.error.code === 'forbidden') noteRefusedCall();
  throw isAppErrorData(result.error) ? AppError.fromData(result.error) : new AppError('internal', '未知错误');
}
