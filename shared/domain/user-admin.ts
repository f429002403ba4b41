import { z } from 'zod';
import { DEPARTMENT_MAX, DISPLAY_NAME_MAX, USERNAME_MAX } from '../auth/account-fields';
import type { PasswordPolicy } from '../auth/password-policy';
import { PASSWORD_MAX_LENGTH, passwordPolicySchema } from '../auth/password-policy';
import type { Role } from '../auth/roles';
import { ROLE_NAMES, ROLES } from '../auth/roles';
import type { UserAccount } from '../auth/user-account';
import { uuid } from '../validation/fields';
import type { FieldLabels } from '../validation/format-issues';

// Account administration (用户管理) as the contract sees it: the administrator's inputs and what
// the page and `fazhi users` are shown. The schemas check shape and a hard size cap only; the
// account rules themselves (用户名 characters, 录入员 needs a 科室, the password policy, the last
// 管理员) are the user store's, which words each refusal for the person typing (account-fields.ts,
// password-policy.ts) and which applies them however the account is changed.

/**
 * Caps well above the rules' own limits (which count characters, not UTF-16 units): a value this
 * long is not a name at all, and the store's message for one just over its limit is the better one.
 */
const CAP = { username: USERNAME_MAX * 4, displayName: DISPLAY_NAME_MAX * 4, department: DEPARTMENT_MAX * 4, password: PASSWORD_MAX_LENGTH * 2 } as const;

export const USER_ADMIN_LABELS: FieldLabels = {
  id: '用户',
  username: '用户名',
  displayName: '姓名',
  role: '角色',
  department: '科室',
  password: '密码',
  sessionId: '登录',
};

function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** A role by its key; a wrong one is answered with the roles' Chinese names (zod's would list the keys). */
const role = z
  .string()
  .refine(isRole, { message: `只能是${ROLES.map((r) => ROLE_NAMES[r]).join('、')}` })
  .transform((r) => r as Role);

export const userCreateInput = z
  .object({
    username: z.string().max(CAP.username),
    displayName: z.string().max(CAP.displayName),
    role,
    department: z.string().max(CAP.department).optional(),
    /** Left out: a temporary password is generated and answered once. */
    password: z.string().max(CAP.password).optional(),
  })
  .strict();

export const userUpdateInput = z
  .object({
    id: uuid,
    displayName: z.string().max(CAP.displayName).optional(),
    role: role.optional(),
    department: z.string().max(CAP.department).optional(),
  })
  .strict();

/** A reset from the host's command line may give the new password; the page always has one generated. */
export const userResetPasswordInput = z.object({ id: uuid, password: z.string().max(CAP.password).optional() }).strict();

export const userIdInput = z.object({ id: uuid }).strict();

/** A session's id is the SHA-256 (hex) of its token: it names the session, and is no way in. */
export const sessionEndInput = z.object({ sessionId: z.string().regex(/^[0-9a-f]{64}$/, { message: '登录编号格式不正确' }) }).strict();

export type UserCreateInput = z.input<typeof userCreateInput>;
export type UserUpdateInput = z.input<typeof userUpdateInput>;

// The policy form may send some rules only; the rest are kept as stored. Each field's bounds are the
// policy schema's own (its defaults unwrapped), and the merged whole is checked again by the handler
// (the rules that compare two fields).
const policyShape = passwordPolicySchema.shape;
type PolicyKey = keyof typeof policyShape;
const optionalRules = Object.fromEntries(Object.entries(policyShape).map(([key, schema]) => [key, schema.unwrap().optional()])) as {
  [K in PolicyKey]: z.ZodOptional<ReturnType<(typeof policyShape)[K]['unwrap']>>;
};
export const authPolicyUpdateInput = z.object(optionalRules).strict();
export type AuthPolicyUpdateInput = z.input<typeof authPolicyUpdateInput>;

export const AUTH_POLICY_LABELS: Readonly<Record<PolicyKey, string>> = {
  minLength: '密码最短长度',
  minClasses: '密码须包含的字符种类',
  historyCount: '不能重复使用的最近密码个数',
  maxAgeDays: '密码有效期',
  warnDays: '密码到期前提醒',
  maxFailures: '连续登录失败锁定次数',
  lockMinutes: '锁定时长',
  idleMinutes: '无操作自动退出时间',
  idleWarnMinutes: '自动退出前提醒',
  sessionHours: '单次登录最长时间',
};

/** Where an account stands, most pressing first: it is what the administrator acts on. */
export const ACCOUNT_STATES = ['disabled', 'locked', 'expired', 'must_change', 'expiring', 'normal'] as const;
export type AccountState = (typeof ACCOUNT_STATES)[number];

/** An account as 用户管理 lists it: never a hash, with its state in words and its last sign-in. */
export interface UserListItem extends UserAccount {
  state: AccountState;
  /** 正常, 已停用, 已锁定至 14:30, 待修改初始密码, 须修改密码 (after a reset), 密码已过期, 密码3天后到期. */
  stateText: string;
  /** When the account last signed in on the host, null if never. */
  lastLoginAt: string | null;
}

export interface UserCreated {
  user: UserListItem;
  /** The generated first password, shown once to the administrator; null when one was given. */
  temporaryPassword: string | null;
}

export interface PasswordReset {
  user: UserListItem;
  /** The generated password, shown once; null when the host's command line gave one. */
  temporaryPassword: string | null;
}

/** One signed-in colleague, for 在线用户. */
export interface ConnectedSession {
  sessionId: string;
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  department: string;
  ip: string;
  userAgent: string;
  signedInAt: string;
  lastSeenAt: string;
  /** The session making the request (the administrator's own). */
  current: boolean;
}

export interface SessionEnded {
  /** The ended session (named `id` so the audit row records which one). */
  id: string;
  username: string;
  displayName: string;
}

export type { PasswordPolicy };

/** The form's units and bounds for each rule, read from the policy schema so the page cannot drift from it. */
export const AUTH_POLICY_UNITS: Readonly<Record<PolicyKey, string>> = {
  minLength: '位',
  minClasses: '类',
  historyCount: '个',
  maxAgeDays: '天',
  warnDays: '天',
  maxFailures: '次',
  lockMinutes: '分钟',
  idleMinutes: '分钟',
  idleWarnMinutes: '分钟',
  sessionHours: '小时',
};

export const AUTH_POLICY_KEYS = Object.keys(policyShape) as PolicyKey[];

export function authPolicyBounds(key: PolicyKey): { min: number; max: number } {
  const schema = policyShape[key].unwrap();
  return { min: schema.minValue ?? 0, max: schema.maxValue ?? Number.MAX_SAFE_INTEGER };
}
