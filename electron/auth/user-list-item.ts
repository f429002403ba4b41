import type { PasswordPolicy } from '../../shared/auth/password-policy';
import { passwordStatus } from '../../shared/auth/password-status';
import type { UserAccount } from '../../shared/auth/user-account';
import { isLocked } from '../../shared/auth/user-account';
import type { AccountState, UserListItem } from '../../shared/domain/user-admin';
import { lockEndText } from './login';

// An account's state as the administrator acts on it, in the words the page and `fazhi users list`
// both show. Worked out on the host: "locked until" is the host's clock and time of day, which is
// the one the lock runs on.

function stateOf(user: UserAccount, policy: PasswordPolicy, now: string): { state: AccountState; stateText: string } {
  if (user.disabledAt) return { state: 'disabled', stateText: '已停用' };
  if (isLocked(user, now)) return { state: 'locked', stateText: `已锁定至 ${lockEndText(user.lockedUntil!, now)}` };
  const status = passwordStatus(user, policy, now);
  if (status.expired) return { state: 'expired', stateText: '密码已过期' };
  // A first password never changed since the account was made, or one an administrator reset.
  if (user.mustChangePassword) return { state: 'must_change', stateText: user.passwordChangedAt === user.createdAt ? '待修改初始密码' : '须修改密码' };
  if (status.expiresInDays !== null) return { state: 'expiring', stateText: `密码${status.expiresInDays}天后到期` };
  return { state: 'normal', stateText: '正常' };
}

export function userListItem(user: UserAccount, policy: PasswordPolicy, now: string, lastLoginAt: string | null): UserListItem {
  return { ...user, ...stateOf(user, policy, now), lastLoginAt };
}
