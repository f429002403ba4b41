import type { AppErrorData } from '../../shared/errors';

// Two ways a page loses its right to call the backend.
//
// Browser mode (fazhi web) refuses (401) any request without this launch's cookie: the page was
// opened without the printed token, or the program has restarted since and its old secret is gone.
//
// Host mode (局域网多人使用) refuses a call when the colleague's session is over (401
// not_signed_in: idle, signed out elsewhere, forced out by the administrator, disabled…), when the
// password must be changed first (403), or when the page is from another version than the host
// now runs (409). The client reports these here and the sign-in gate (renderer/auth/AuthGate.tsx)
// switches the whole page, so no page has to handle them itself.

export const SESSION_LOST_STATUS = 401;

export const SESSION_LOST_MESSAGE =
  '本页面没有法治台账本次启动的访问口令（多半是程序重新启动过），刚才的操作没有执行。请打开程序启动时新显示的地址（带 ?token=…），再重做一次。';

export const SESSION_LOST: AppErrorData = { code: 'forbidden', message: SESSION_LOST_MESSAGE };

export const SESSION_PROBLEM_CODES = ['not_signed_in', 'password_change_required', 'version_mismatch'] as const;
export type SessionProblemCode = (typeof SESSION_PROBLEM_CODES)[number];

export interface SessionProblem {
  code: SessionProblemCode;
  /** The host's words (why the session ended, what to do). */
  message: string;
  /** The operation that was refused, when it was one (app.info is the page's own keep-alive and changes nothing). */
  operation?: string;
}

export function isSessionProblemCode(code: string): code is SessionProblemCode {
  return (SESSION_PROBLEM_CODES as readonly string[]).includes(code);
}

/** Said with every call refused because the session ended: the form the user filled is still on the page. */
export const NOT_SAVED_NOTE = '刚才的操作没有保存，重新登录后请再做一次';

/** What the refused call itself rejects with: the host's reason and that nothing was saved. */
export function notSavedMessage(reason: string): string {
  const trimmed = reason.replace(/[。.！!]+$/, '');
  return `${trimmed}。${NOT_SAVED_NOTE}。`;
}

type Listener = (problem: SessionProblem) => void;

const listeners = new Set<Listener>();

export function reportSessionProblem(problem: SessionProblem): void {
  for (const listener of [...listeners]) listener(problem);
}

export function onSessionProblem(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
