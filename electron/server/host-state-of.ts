import type { HostSignedIn, HostSignedOut } from '../../shared/auth/host-state';
import type { AppErrorData } from '../../shared/errors';
import { SESSION_END_MESSAGES } from '../../shared/auth/session-end';
import type { SessionLookupEnd } from '../../shared/auth/session-end';
import { passwordRule } from '../../shared/auth/password-policy';
import type { SignedInRequest } from './host-request-session';

// The answers of /auth/state, /auth/login and /auth/password (shapes: shared/auth/host-state.ts).

export function signedOutState(version: string, ended: SessionLookupEnd | null): HostSignedOut {
  return ended === null ? { mode: 'host', version, signedIn: false } : { mode: 'host', version, signedIn: false, reason: SESSION_END_MESSAGES[ended] };
}

export function signedInState(version: string, who: SignedInRequest): HostSignedIn {
  const { user, session, policy } = who;
  return {
    mode: 'host',
    version,
    signedIn: true,
    user: { username: user.username, displayName: user.displayName, role: user.role, department: user.department },
    passwordStatus: who.passwordStatus,
    idleMinutes: policy.idleMinutes,
    // The policy's 自动退出前提醒 (5 minutes unless the administrator changed it).
    warnBeforeMinutes: policy.idleWarnMinutes,
    idleExpiresAt: session.idleExpiresAt,
    expiresAt: session.expiresAt,
    passwordRule: passwordRule(policy),
  };
}

/** The 401 of a request without a live session, saying why it ended when the browser had one. */
export function notSignedIn(ended: SessionLookupEnd | null): AppErrorData {
  return { code: 'not_signed_in', message: ended === null ? '请先登录后再操作' : SESSION_END_MESSAGES[ended] };
}
