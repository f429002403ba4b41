import type { PasswordPolicy } from '../../auth/password-policy';
import type { ConnectedSession, PasswordReset, SessionEnded, UserCreated, UserListItem } from '../../domain/user-admin';
import {
  AUTH_POLICY_LABELS,
  USER_ADMIN_LABELS,
  authPolicyUpdateInput,
  sessionEndInput,
  userCreateInput,
  userIdInput,
  userResetPasswordInput,
  userUpdateInput,
} from '../../domain/user-admin';
import { op } from '../operation-spec';
import { emptyInput } from './empty-input';

// Account administration (用户管理) of host mode: the administrator's, and the machine's own user's
// (the host's CLI, and the first run, when the first 管理员 is created by the host itself). Who may
// call them is in shared/auth/permissions.ts; no answer carries a password hash, and the audit row
// of each call names the account, never a password (electron/auth/audit-call.ts).
const labels = USER_ADMIN_LABELS;

export const userOps = {
  'users.list': op<UserListItem[]>()({ input: emptyInput, summary: '查看用户列表' }),
  'users.create': op<UserCreated>()({ input: userCreateInput, labels, summary: '新建用户' }),
  'users.update': op<UserListItem>()({ input: userUpdateInput, labels, summary: '修改用户的姓名、角色或科室' }),
  'users.resetPassword': op<PasswordReset>()({ input: userResetPasswordInput, labels, summary: '重置用户密码' }),
  'users.unlock': op<UserListItem>()({ input: userIdInput, labels, summary: '解除用户锁定' }),
  'users.disable': op<UserListItem>()({ input: userIdInput, labels, summary: '停用用户' }),
  'users.enable': op<UserListItem>()({ input: userIdInput, labels, summary: '启用用户' }),
  'sessions.list': op<ConnectedSession[]>()({ input: emptyInput, summary: '查看在线用户' }),
  // The answer's `id` (the ended session) is what the audit row names it by.
  'sessions.end': op<SessionEnded>()({ input: sessionEndInput, labels: { ...labels, id: '登录' }, summary: '强制用户下线' }),
  'auth.policy.get': op<PasswordPolicy>()({ input: emptyInput, summary: '查看密码与登录规则' }),
  'auth.policy.update': op<PasswordPolicy>()({ input: authPolicyUpdateInput, labels: AUTH_POLICY_LABELS, summary: '修改密码与登录规则' }),
} as const;
