import type Database from 'better-sqlite3';
import type { PasswordStatus } from '../../shared/auth/password-status';
import { passwordStatus } from '../../shared/auth/password-status';
import type { UserAccount } from '../../shared/auth/user-account';
import { isLocked } from '../../shared/auth/user-account';
import { readAuthPolicy } from '../store/auth-policy-store';
import { recordLoginFailure, recordLoginSuccess } from '../store/login-attempts-store';
import { startSession } from '../store/session-store';
import { findUserByUsername, storedPasswordHash } from '../store/user-rows';
import { hashPassword, verifyPassword } from './password-hash';

// Signing in with a username and password.
//
// Unknown username and wrong password get the same words, and an unknown username still costs one
// scrypt verify, so neither the message nor the time tells a stranger which names exist. After a
// wrong password of an existing account the message does say how many tries are left before the
// lock, as most government systems units use do: usernames in a unit are not secret (they are
// people's names or 工号, known to every colleague), the lock is what bounds guessing, and a user
// who is told "再错 1 次" stops before locking themselves out. A locked account is refused without
// checking the password at all, so guessing gains nothing during the lock. A disabled account is
// named as such only after the right password.

export interface LoginInput {
  username: string;
  password: string;
  ip: string;
  userAgent: string;
}

export type LoginFailureReason = 'unknown_user' | 'wrong_password' | 'locked' | 'disabled';

export type LoginResult =
  | { ok: true; token: string; sessionId: string; expiresAt: string; user: UserAccount; passwordStatus: PasswordStatus }
  /** userId is the account the attempt named, when there is one (for the audit log), else null. */
  | { ok: false; message: string; reason: LoginFailureReason; userId: string | null };

const WRONG = '用户名或密码不正确';
const DISABLED = '账户已停用，请联系管理员';

// Hashed once per process on first use: the verify that unknown usernames and locked accounts pay.
let decoy: Promise<string> | null = null;
function decoyHash(): Promise<string> {
  decoy ??= hashPassword('法治台账-decoy-password');
  return decoy;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The host's local time of day the lock ends, with the date when that is not today. */
export function lockEndText(lockedUntil: string, now: string): string {
  const end = new Date(lockedUntil);
  const today = new Date(now);
  const time = `${pad(end.getHours())}:${pad(end.getMinutes())}`;
  const sameDay = end.getFullYear() === today.getFullYear() && end.getMonth() === today.getMonth() && end.getDate() === today.getDate();
  return sameDay ? time : `${end.getMonth() + 1}月${end.getDate()}日 ${time}`;
}

function lockedMessage(lockedUntil: string, now: string, justNow: boolean): string {
  const head = justNow ? '密码错误次数过多，账户已被锁定' : '账户已被锁定';
  return `${head}，请于 ${lockEndText(lockedUntil, now)} 后再试，或请管理员解锁`;
}

export async function login(db: Database.Database, input: LoginInput, now: string): Promise<LoginResult> {
  const policy = readAuthPolicy(db);
  const user = findUserByUsername(db, input.username);
  if (!user) {
    await verifyPassword(input.password, await decoyHash());
    return { ok: false, message: WRONG, reason: 'unknown_user', userId: null };
  }
  if (isLocked(user, now)) {
    await verifyPassword(input.password, await decoyHash());
    return { ok: false, message: lockedMessage(user.lockedUntil!, now, false), reason: 'locked', userId: user.id };
  }
  const right = await verifyPassword(input.password, storedPasswordHash(db, user.id) ?? '');
  if (!right) {
    const failure = recordLoginFailure(db, user.id, now, policy);
    if (failure.lockedUntil) return { ok: false, message: lockedMessage(failure.lockedUntil, now, true), reason: 'locked', userId: user.id };
    return { ok: false, message: `${WRONG}，再错 ${failure.remaining} 次账户将被锁定${policy.lockMinutes}分钟`, reason: 'wrong_password', userId: user.id };
  }
  if (user.disabledAt !== null) return { ok: false, message: DISABLED, reason: 'disabled', userId: user.id };
  recordLoginSuccess(db, user.id);
  const started = startSession(db, user.id, { ip: input.ip, userAgent: input.userAgent }, now, policy);
  const signedIn: UserAccount = { ...user, failedLogins: 0, lockedUntil: null };
  return { ok: true, ...started, user: signedIn, passwordStatus: passwordStatus(signedIn, policy, now) };
}
