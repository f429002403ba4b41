import type { AuthState, HostSignedIn } from '../../shared/auth/host-state';
import type { AppErrorData } from '../../shared/errors';
import { isAppErrorData } from '../../shared/errors';

// Reading the answers of the host's /auth/ routes (shapes: shared/auth/host-state.ts). Pure, so the
// rules (a 404 means a server without accounts, a success may come bare or as { ok, state }) are
// tested without a browser (tests/unit/auth-answer.test.ts).

export type AuthAnswer<T> = { ok: true; state: T } | { ok: false; error: AppErrorData };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isAuthState(value: unknown): value is AuthState {
  if (!isRecord(value) || typeof value.version !== 'string') return false;
  if (value.mode === 'local') return true;
  if (value.mode !== 'host') return false;
  if (value.signedIn === false) return true;
  return value.signedIn === true && isRecord(value.user) && isRecord(value.passwordStatus) && typeof value.idleMinutes === 'number';
}

function unreadable(status: number): AppErrorData {
  return { code: 'internal', message: `后台返回了无法识别的内容（HTTP ${status}），请刷新页面后再试。` };
}

/** Any /auth/ answer: the state itself, `{ ok: true, state }`, or `{ ok: false, error }`. */
export function readAuthAnswer(status: number, body: unknown): AuthAnswer<AuthState> {
  if (isAuthState(body)) return { ok: true, state: body };
  if (isRecord(body) && body.ok === true && isAuthState(body.state)) return { ok: true, state: body.state };
  if (isRecord(body) && body.ok === false && isAppErrorData(body.error)) return { ok: false, error: body.error };
  return { ok: false, error: unreadable(status) };
}

/**
 * GET /auth/state. A server that does not know the route (404) has no accounts: the page is the
 * machine's own, as before host mode existed.
 */
export function readStateAnswer(status: number, body: unknown, pageVersion: string): AuthAnswer<AuthState> {
  if (status === 404) return { ok: true, state: { mode: 'local', version: pageVersion } };
  return readAuthAnswer(status, body);
}

/** POST /auth/login and /auth/password: only a signed-in state is a success. */
export function readSignedInAnswer(status: number, body: unknown): AuthAnswer<HostSignedIn> {
  const answer = readAuthAnswer(status, body);
  if (!answer.ok) return answer;
  if (answer.state.mode === 'host' && answer.state.signedIn) return { ok: true, state: answer.state };
  return { ok: false, error: unreadable(status) };
}
