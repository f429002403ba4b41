import type { PasswordPolicy } from './password-policy';
import type { UserAccount } from './user-account';

export interface PasswordStatus {
  /** The user must choose a new password before doing anything else (first login, reset, expired). */
  mustChange: boolean;
  /** Days left, only inside the warning window (and 0 once expired); null when nothing is to be said. */
  expiresInDays: number | null;
  expired: boolean;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Where the user's password stands at `now` under the policy's 有效期 and 提醒 rules. */
export function passwordStatus(user: Pick<UserAccount, 'passwordChangedAt' | 'mustChangePassword'>, policy: PasswordPolicy, now: string): PasswordStatus {
  if (policy.maxAgeDays === 0) return { mustChange: user.mustChangePassword, expiresInDays: null, expired: false };
  const left = Date.parse(user.passwordChangedAt) + policy.maxAgeDays * DAY_MS - Date.parse(now);
  if (left <= 0) return { mustChange: true, expiresInDays: 0, expired: true };
  const days = Math.ceil(left / DAY_MS);
  return { mustChange: user.mustChangePassword, expiresInDays: days <= policy.warnDays ? days : null, expired: false };
}
