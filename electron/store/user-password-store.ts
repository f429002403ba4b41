import type Database from 'better-sqlite3';
import { passwordProblem } from '../../shared/auth/password-policy';
import type { UserAccount } from '../../shared/auth/user-account';
import { AppError } from '../../shared/errors';
import { hashPassword, verifyPassword } from '../auth/password-hash';
import { readAuthPolicy } from './auth-policy-store';
import { endUserSessions } from './session-store';
import { requireUser } from './user-store';

// Setting a password: the policy's rules, no reuse of the last few (the current one included),
// and every other session of the user ended, so a password changed because it leaked also shuts
// out whoever was using it.

export interface SetPasswordOptions {
  /** An administrator's reset: a temporary password the user must change at next login; it also lifts a lock. */
  byAdmin: boolean;
  /** The session making a change of its own password stays signed in. */
  keepSessionId?: string;
}

function recentHashes(db: Database.Database, userId: string, count: number): string[] {
  if (count === 0) return [];
  return db.prepare('SELECT password_hash FROM password_history WHERE user_id = ? ORDER BY changed_at DESC, rowid DESC LIMIT ?').pluck().all(userId, count) as string[];
}

export async function setPassword(db: Database.Database, userId: string, newPassword: string, now: string, options: SetPasswordOptions): Promise<UserAccount> {
  const user = requireUser(db, userId);
  const policy = readAuthPolicy(db);
  const problem = passwordProblem(newPassword, policy, { username: user.username });
  if (problem !== null) throw new AppError('invalid_input', problem, { password: problem });
  // One verify per remembered password (about 0.1 s each): a few at most, never a loop over users.
  for (const old of recentHashes(db, userId, policy.historyCount)) {
    if (await verifyPassword(newPassword, old)) {
      const message = `不能与最近${policy.historyCount}次使用过的密码相同`;
      throw new AppError('invalid_input', message, { password: message });
    }
  }
  const hash = await hashPassword(newPassword);
  db.transaction(() => {
    requireUser(db, userId);
    db.prepare(
      `UPDATE users SET password_hash = ?, password_changed_at = ?, must_change_password = ?, updated_at = ?,
         failed_logins = CASE WHEN ? THEN 0 ELSE failed_logins END,
         locked_until = CASE WHEN ? THEN NULL ELSE locked_until END
       WHERE id = ?`,
    ).run(hash, now, options.byAdmin ? 1 : 0, now, options.byAdmin ? 1 : 0, options.byAdmin ? 1 : 0, userId);
    db.prepare('INSERT INTO password_history (user_id, password_hash, changed_at) VALUES (?, ?, ?)').run(userId, hash, now);
    db.prepare(
      `DELETE FROM password_history WHERE user_id = ? AND rowid NOT IN (
         SELECT rowid FROM password_history WHERE user_id = ? ORDER BY changed_at DESC, rowid DESC LIMIT ?)`,
    ).run(userId, userId, policy.historyCount);
    endUserSessions(db, userId, 'password_changed', now, options.byAdmin ? undefined : options.keepSessionId);
  })();
  return requireUser(db, userId);
}
