import type { AuthState, HostSignedIn } from '../../shared/auth/host-state';
import { VERSION_HEADER } from '../../shared/auth/host-state';
import { AppError } from '../../shared/errors';
import type { AuthAnswer } from './auth-answer';
import { readSignedInAnswer, readStateAnswer } from './auth-answer';
import { isDesktop } from './client';
import { PAGE_VERSION } from './page-version';

// Host mode's sign-in routes (shared/auth/host-state.ts). They are not registry operations: they
// make or end the session the registry's caller comes from. The desktop window has no HTTP and no
// accounts: it is always the machine's own user.

const UNREACHABLE = '无法连接到法治台账主机，请确认主机上的程序仍在运行、网络已连通，然后刷新页面。';

async function request(method: 'GET' | 'POST', path: string, body?: unknown): Promise<{ status: number; body: unknown }> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: body === undefined ? { [VERSION_HEADER]: PAGE_VERSION } : { 'Content-Type': 'application/json', [VERSION_HEADER]: PAGE_VERSION },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      cache: 'no-store',
    });
  } catch {
    throw new AppError('internal', UNREACHABLE);
  }
  return { status: response.status, body: await response.json().catch(() => null) };
}

function unwrap<T>(answer: AuthAnswer<T>): T {
  if (answer.ok) return answer.state;
  throw AppError.fromData(answer.error);
}

/** Which mode the page is in and, on the host, who is signed in. Asking does not keep the session alive. */
export async function fetchAuthState(): Promise<AuthState> {
  if (isDesktop()) return { mode: 'local', version: PAGE_VERSION };
  const answer = await request('GET', '/auth/state');
  return unwrap(readStateAnswer(answer.status, answer.body, PAGE_VERSION));
}

/** Rejects with the host's words: wrong password and the tries left, locked until …, disabled. */
export async function signIn(username: string, password: string): Promise<HostSignedIn> {
  const answer = await request('POST', '/auth/login', { username, password });
  return unwrap(readSignedInAnswer(answer.status, answer.body));
}

export async function signOut(): Promise<void> {
  await request('POST', '/auth/logout', {});
}

/** Rejects with field errors under currentPassword / newPassword when the host refuses. */
export async function changeOwnPassword(currentPassword: string, newPassword: string): Promise<HostSignedIn> {
  const answer = await request('POST', '/auth/password', { currentPassword, newPassword });
  return unwrap(readSignedInAnswer(answer.status, answer.body));
}
