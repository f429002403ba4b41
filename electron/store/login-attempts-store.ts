import type Database from 'better-sqlite3';
import type { PasswordPolicy } from '../../shared/auth/password-policy';
import type { UserAccount } from '../../shared/auth/user-account';
import { endUserSessions } from './session-store';
import { requireUser } from './user-store';

// Failed logins and the lock they lead to (等保2.0: 登录失败处理). The count is kept in the row and
// raised in SQL, so two wrong passwords at the same moment both count. Reaching the limit locks the
// account for lockMinutes and starts the count again: when the lock runs out the user has the full
// number of tries, not one.

export interface LoginFailure {
  /** Tries left before the lock; 0 when this failure locked the account. */
  remaining: number;
  /** Set when this failure locked the account. */
  lockedUntil: string | null;
}

export function recordLoginFailure(db: Database.Database, userId: string, now: string, policy: PasswordPolicy): LoginFailure {
  return db.transaction((): LoginFailure => {
    const failed = db.prepare('UPDATE users SET failed_logins = failed_logins + 1 WHERE id = ? RETURNING failed_logins').pluck().get(userId) as number | undefined;
    if (failed === undefined) return { remaining: policy.maxFailures, lockedUntil: null };
    if (failed < policy.maxFailures) return { remaining: policy.maxFailures - failed, lockedUntil: null };
    const lockedUntil = new Date(Date.parse(now) + policy.lockMinutes * 60_000).toISOString();
    db.prepare('UPDATE users SET failed_logins = 0, locked_until = ?, updated_at = ? WHERE id = ?').run(lockedUntil, now, userId);
    // Someone is guessing this account's password: whoever is signed in as it is asked to sign in again after the lock.
    endUserSessions(db, userId, 'user_locked', now);
    return { remaining: 0, lockedUntil };
  })();
}

/** A correct password: the count starts again and a lock that has run out is cleared. */
export function recordLoginSuccess(db: Database.Database, userId: string): void {
  db.prepare('UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = ? AND (failed_logins <> 0 OR locked_until IS NOT NULL)').run(userId);
}

/** The administrator lifts a lock (and the count of failures) before it runs out. */
export function unlockUser(db: Database.Database, userId: string, now: string): UserAccount {
  requireUser(db, userId);
  db.prepare('UPDATE users SET failed_logins = 0, locked_until = NULL, updated_at = ? WHERE id = ?').run(now, userId);
  return requireUser(db, userId);
}
