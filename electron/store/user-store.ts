import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { departmentProblem, displayNameProblem, usernameProblem } from '../../shared/auth/account-fields';
import { passwordProblem } from '../../shared/auth/password-policy';
import type { Role } from '../../shared/auth/roles';
import { ROLE_NAMES, ROLES } from '../../shared/auth/roles';
import type { UserAccount } from '../../shared/auth/user-account';
import { AppError } from '../../shared/errors';
import { hashPassword } from '../auth/password-hash';
import { readAuthPolicy } from './auth-policy-store';
import { endUserSessions } from './session-store';
import { enabledAdminCount, findUserByUsername, getUser } from './user-rows';

// Accounts of host mode, created and changed by the administrator (or `fazhi users` on the host).
// Passwords: user-password-store.ts; failed logins and locks: login-attempts-store.ts.

export { enabledAdminCount, findUserByUsername, getUser, listUsers, storedPasswordHash } from './user-rows';

export interface NewUser {
  username: string;
  displayName: string;
  role: Role;
  department: string;
  password: string;
}

export interface UserChanges {
  role?: Role;
  department?: string;
  displayName?: string;
  disabled?: boolean;
}

function refuse(field: string, problem: string | null): void {
  if (problem !== null) throw new AppError('invalid_input', problem, { [field]: problem });
}

function checkRole(role: string): void {
  if (!(ROLES as readonly string[]).includes(role)) refuse('role', `角色只能是：${ROLES.map((r) => ROLE_NAMES[r]).join('、')}`);
}

function taken(username: string, existing: UserAccount): AppError {
  const message = `用户名“${username}”已被${existing.disabledAt ? '已停用的' : ''}用户“${existing.displayName}”使用，请换一个用户名`;
  return new AppError('conflict', message, { username: message });
}

function isUniqueViolation(err: unknown): boolean {
  return (err as { code?: unknown } | null)?.code === 'SQLITE_CONSTRAINT_UNIQUE';
}

export interface CreateUserOptions {
  /**
   * The person typed this password for themselves (the first administrator at first run), so it
   * need not be changed at first login. Otherwise it is a temporary one an administrator handed over.
   */
  chosenByUser?: boolean;
}

/** A new account; unless chosen by its own user, the first password is temporary (changed at first login). */
export async function createUser(db: Database.Database, input: NewUser, now: string, options: CreateUserOptions = {}): Promise<UserAccount> {
  const username = input.username.trim();
  const displayName = input.displayName.trim();
  const department = input.department.trim();
  refuse('username', usernameProblem(username));
  refuse('displayName', displayNameProblem(displayName));
  checkRole(input.role);
  refuse('department', departmentProblem(department, input.role));
  refuse('password', passwordProblem(input.password, readAuthPolicy(db), { username }));
  const existing = findUserByUsername(db, username);
  if (existing) throw taken(username, existing);

  const hash = await hashPassword(input.password);
  const id = randomUUID();
  try {
    db.transaction(() => {
      db.prepare(
        `INSERT INTO users (id, username, display_name, role, department, password_hash, password_changed_at, must_change_password, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(id, username, displayName, input.role, department, hash, now, options.chosenByUser ? 0 : 1, now, now);
      db.prepare('INSERT INTO password_history (user_id, password_hash, changed_at) VALUES (?, ?, ?)').run(id, hash, now);
    })();
  } catch (err) {
    // Someone took the name while the hash was being computed.
    const other = isUniqueViolation(err) ? findUserByUsername(db, username) : undefined;
    if (other) throw taken(username, other);
    throw err;
  }
  return getUser(db, id)!;
}

export function requireUser(db: Database.Database, userId: string): UserAccount {
  const user = getUser(db, userId);
  if (!user) throw new AppError('not_found', '找不到这个用户，可能已被其他管理员修改，请刷新后再试');
  return user;
}

/**
 * Changes role, 科室, name or whether the account may sign in. Disabling ends the user's sessions
 * at once. The last enabled 管理员 can be neither disabled nor given another role: with none left,
 * nobody could manage accounts except from the host's command line.
 */
export function updateUser(db: Database.Database, userId: string, changes: UserChanges, now: string): UserAccount {
  return db.transaction(() => {
    const user = requireUser(db, userId);
    const role = changes.role ?? user.role;
    const displayName = changes.displayName === undefined ? user.displayName : changes.displayName.trim();
    const department = changes.department === undefined ? user.department : changes.department.trim();
    const disabled = changes.disabled ?? user.disabledAt !== null;
    checkRole(role);
    refuse('displayName', displayNameProblem(displayName));
    refuse('department', departmentProblem(department, role));

    const wasActiveAdmin = user.role === 'admin' && user.disabledAt === null;
    if (wasActiveAdmin && (role !== 'admin' || disabled) && enabledAdminCount(db) <= 1) {
      throw new AppError(
        'conflict',
        `“${user.displayName}”是唯一启用的${ROLE_NAMES.admin}，不能${disabled ? '停用' : '改为其他角色'}。请先添加或启用另一名${ROLE_NAMES.admin}。`,
      );
    }
    const disabledAt = disabled ? (user.disabledAt ?? now) : null;
    db.prepare('UPDATE users SET role = ?, display_name = ?, department = ?, disabled_at = ?, updated_at = ? WHERE id = ?').run(role, displayName, department, disabledAt, now, userId);
    if (disabled && user.disabledAt === null) endUserSessions(db, userId, 'user_disabled', now);
    return requireUser(db, userId);
  })();
}
