import { roleMayCall } from '../../../shared/auth/permissions';
import type { Role } from '../../../shared/auth/roles';

// Who sees which year-lock button on the 年报 page: locking is the 审核员's once the report is
// filed, unlocking only the 管理员's (with a reason); the machine's own user (null) may do both.

export interface YearLockActions {
  canLock: boolean;
  canUnlock: boolean;
}

export function yearLockActions(user: { role: Role } | null): YearLockActions {
  if (!user) return { canLock: true, canUnlock: true };
  return { canLock: roleMayCall(user.role, 'years.lock'), canUnlock: roleMayCall(user.role, 'years.unlock') };
}

export const LOCK_WARNING = '锁定后，任何人都不能再新增、修改或删除本年度的台账，年报所依据的内容就此固定；只有管理员可以解除锁定。';
