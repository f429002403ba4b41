import type http from 'node:http';
import type { Caller } from '../../shared/auth/caller';
import type { PasswordPolicy } from '../../shared/auth/password-policy';
import type { PasswordStatus } from '../../shared/auth/password-status';
import { passwordStatus } from '../../shared/auth/password-status';
import type { SessionLookupEnd } from '../../shared/auth/session-end';
import type { UserAccount } from '../../shared/auth/user-account';
import type { AppContext } from '../app-context';
import { readAuthPolicy } from '../store/auth-policy-store';
import type { Session } from '../store/session-store';
import { sessionFor } from '../store/session-store';
import { callerOf, clientIp } from './host-caller';
import { sessionTokens } from './host-session-cookie';

// Who a request of host mode comes from, read afresh from the store on every request: a forced
// logout, a disabled account or a changed role takes effect at the very next request.

export interface SignedInRequest {
  signedIn: true;
  session: Session;
  user: UserAccount;
  caller: Caller;
  policy: PasswordPolicy;
  passwordStatus: PasswordStatus;
}

export interface SignedOutRequest {
  signedIn: false;
  /** Why the browser's session ended; null when it brought no session cookie at all. */
  ended: SessionLookupEnd | null;
  policy: PasswordPolicy;
}

export type RequestSession = SignedInRequest | SignedOutRequest;

/**
 * The first live session among `tokens` (a forged cookie of the same name placed first must not hide
 * the real one). `touch: false` for a look that is not the user's own activity (the page asking its
 * state), which must not put off the idle end.
 */
export function sessionOfTokens(ctx: AppContext, tokens: readonly string[], ip: string, touch = true): RequestSession {
  const policy = readAuthPolicy(ctx.db);
  const now = ctx.now();
  let ended: SessionLookupEnd | null = null;
  for (const token of tokens) {
    const found = sessionFor(ctx.db, token, now, policy, { touch });
    if ('ended' in found) {
      // A stored reason says more than an unknown token (a stray cookie of the same name).
      if (ended === null || ended === 'unknown') ended = found.ended;
      continue;
    }
    return {
      signedIn: true,
      session: found.session,
      user: found.user,
      caller: callerOf(found.session, found.user, ip),
      policy,
      passwordStatus: passwordStatus(found.user, policy, now),
    };
  }
  return { signedIn: false, ended, policy };
}

/** The session the request's cookie stands for. */
export function sessionOfRequest(ctx: AppContext, req: http.IncomingMessage, port: number, touch = true): RequestSession {
  return sessionOfTokens(ctx, sessionTokens(req.headers.cookie, port), clientIp(req), touch);
}
