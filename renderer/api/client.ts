import type { DesktopApi } from '../../shared/contract/desktop-api';
import { DESKTOP_API_KEY } from '../../shared/contract/desktop-api';
import type { InputOf, OperationName, OutputOf } from '../../shared/contract/operations';
import type { WireResult } from '../../shared/contract/wire';
import { AppError, isAppErrorData } from '../../shared/errors';
import { SESSION_LOST, SESSION_LOST_STATUS } from './session-lost';

// The renderer's only way to the backend. It does not know which shell it runs in: the desktop
// preload's API when present, otherwise HTTP JSON to the browser-mode server that served the page.

function desktopApi(): DesktopApi | undefined {
  return (window as unknown as Record<string, DesktopApi | undefined>)[DESKTOP_API_KEY];
}

/** True in the desktop window: some things (opening a file with the system program) exist only there. */
export function isDesktop(): boolean {
  return desktopApi() !== undefined;
}

async function overHttp(name: OperationName, input: unknown): Promise<WireResult<unknown>> {
  let response: Response;
  try {
    response = await fetch(`/api/${name}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    return { ok: false, error: { code: 'internal', message: '无法连接到法治台账后台，请确认程序仍在运行。' } };
  }
  if (response.status === SESSION_LOST_STATUS) return { ok: false, error: SESSION_LOST };
  const body: unknown = await response.json().catch(() => null);
  if (body && typeof body === 'object' && 'ok' in body) return body as WireResult<unknown>;
  return { ok: false, error: { code: 'internal', message: `后台返回了无法识别的内容（HTTP ${response.status}）。` } };
}

/** Calls one operation; resolves with its typed output or rejects with an AppError. */
export async function call<K extends OperationName>(name: K, input: InputOf<K>): Promise<OutputOf<K>> {
  const api = desktopApi();
  const result = api ? await api.invoke(name, input) : await overHttp(name, input);
  if (result.ok) return result.data as OutputOf<K>;
  throw isAppErrorData(result.error) ? AppError.fromData(result.error) : new AppError('internal', '未知错误');
}
