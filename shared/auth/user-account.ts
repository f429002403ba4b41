import type { Role } from './roles';

/** An account as the store gives it out: never its password hash. Times are ISO strings. */
export interface UserAccount {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  department: string;
  passwordChangedAt: string;
  /** Set by an administrator's reset and at creation: the next login must choose a new password. */
  mustChangePassword: boolean;
  /** Consecutive failed logins since the last success, unlock or lock. */
  failedLogins: number;
  /** Until when logins are refused after too many failures (a past time means no longer locked). */
  lockedUntil: string | null;
  disabledAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** Whether the account is locked at `now` (a lock whose time has passed no longer counts). */
export function isLocked(user: Pick<UserAccount, 'lockedUntil'>, now: string): boolean {
  return user.lockedUntil !== null && Date.parse(user.lockedUntil) > Date.parse(now);
}
