import type Database from 'better-sqlite3';
import type { Role } from '../../shared/auth/roles';
import type { UserAccount } from '../../shared/auth/user-account';

// Reading accounts. Kept apart from the writes so the session store can read a session's user
// without the user store (which ends sessions) and the session store importing each other.

export interface UserRow {
  id: string;
  username: string;
  display_name: string;
  role: Role;
  department: string;
  password_changed_at: string;
  must_change_password: number;
  failed_logins: number;
  locked_until: string | null;
  disabled_at: string | null;
  created_at: string;
  updated_at: string;
}

/** Every column but the hash, which leaves the store only through storedPasswordHash. */
export const USER_COLUMNS = 'id, username, display_name, role, department, password_changed_at, must_change_password, failed_logins, locked_until, disabled_at, created_at, updated_at';

export function toUserAccount(r: UserRow): UserAccount {
  return {
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    role: r.role,
    department: r.department,
    passwordChangedAt: r.password_changed_at,
    mustChangePassword: r.must_change_password === 1,
    failedLogins: r.failed_logins,
    lockedUntil: r.locked_until,
    disabledAt: r.disabled_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** In the order they were created. */
export function listUsers(db: Database.Database): UserAccount[] {
  return (db.prepare(`SELECT ${USER_COLUMNS} FROM users ORDER BY created_at, rowid`).all() as UserRow[]).map(toUserAccount);
}

export function getUser(db: Database.Database, userId: string): UserAccount | undefined {
  const row = db.prepare(`SELECT ${USER_COLUMNS} FROM users WHERE id = ?`).get(userId) as UserRow | undefined;
  return row && toUserAccount(row);
}

/** By sign-in name, whatever its letter case (the column is COLLATE NOCASE). */
export function findUserByUsername(db: Database.Database, username: string): UserAccount | undefined {
  const row = db.prepare(`SELECT ${USER_COLUMNS} FROM users WHERE username = ?`).get(username.trim()) as UserRow | undefined;
  return row && toUserAccount(row);
}

export function storedPasswordHash(db: Database.Database, userId: string): string | undefined {
  return db.prepare('SELECT password_hash FROM users WHERE id = ?').pluck().get(userId) as string | undefined;
}

/** Enabled administrators: the store never lets this reach 0 once there is one. */
export function enabledAdminCount(db: Database.Database): number {
  return db.prepare("SELECT count(*) FROM users WHERE role = 'admin' AND disabled_at IS NULL").pluck().get() as number;
}
