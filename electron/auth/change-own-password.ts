import type Database from 'better-sqlite3';
import type { UserAccount } from '../../shared/auth/user-account';
import { AppError } from '../../shared/errors';
import { readAuthPolicy } from '../store/auth-policy-store';
import { recordLoginFailure } from '../store/login-attempts-store';
import { setPassword } from '../store/user-password-store';
import { requireUser, storedPasswordHash } from '../store/user-store';
import { verifyPassword } from './password-hash';

// A signed-in user changing their own password (at first login, when it expires, or by choice).
// The current password is asked for again: a session left open on an unattended desk must not be
// enough to take the account over. A wrong one counts as a failed login, so it cannot be guessed
// through this door either; the lock that follows ends the session.

export async function changeOwnPassword(
  db: Database.Database,
  input: { userId: string; sessionId: string; currentPassword: string; newPassword: string },
  now: string,
): Promise<UserAccount> {
  const user = requireUser(db, input.userId);
  if (!(await verifyPassword(input.currentPassword, storedPasswordHash(db, user.id) ?? ''))) {
    const failure = recordLoginFailure(db, user.id, now, readAuthPolicy(db));
    const message = failure.lockedUntil ? '当前密码不正确，错误次数过多，账户已被锁定' : `当前密码不正确，再错 ${failure.remaining} 次账户将被锁定`;
    throw new AppError('invalid_input', message, { currentPassword: message });
  }
  return setPassword(db, user.id, input.newPassword, now, { byAdmin: false, keepSessionId: input.sessionId });
}
