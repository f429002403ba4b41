import { z } from 'zod';

// The account rules of host mode, as settings (app_settings key `auth.policy`). The defaults follow
// 等保2.0 身份鉴别 as units are audited against it: complex passwords changed periodically, a limit
// on failed logins, and sessions that end when left idle. The bounds keep an administrator from
// switching a rule off by accident (a 1-character password, unlimited guesses).

export const PASSWORD_MAX_LENGTH = 128;

export const CHARACTER_CLASSES = ['upper', 'lower', 'digit', 'symbol'] as const;
export type CharacterClass = (typeof CHARACTER_CLASSES)[number];

export const CHARACTER_CLASS_NAMES: Readonly<Record<CharacterClass, string>> = {
  upper: '大写字母',
  lower: '小写字母',
  digit: '数字',
  symbol: '符号',
};

function whole(label: string, min: number, max: number, fallback: number, unit: string) {
  const message = `${label}应为${min}—${max}${unit}之间的整数`;
  return z.number({ message }).int({ message }).min(min, { message }).max(max, { message }).default(fallback);
}

export const passwordPolicySchema = z
  .object({
    minLength: whole('密码最短长度', 8, 64, 8, '位'),
    minClasses: whole('密码须包含的字符种类', 2, 4, 3, '类'),
    /** How many of the last passwords (the current one included) may not be set again; 0 allows any. */
    historyCount: whole('不能重复使用的最近密码个数', 0, 24, 5, '个'),
    /** 0: passwords never expire. */
    maxAgeDays: whole('密码有效期', 0, 365, 90, '天'),
    warnDays: whole('密码到期前提醒', 0, 30, 7, '天'),
    maxFailures: whole('连续登录失败锁定次数', 3, 10, 5, '次'),
    lockMinutes: whole('锁定时长', 1, 1440, 30, '分钟'),
    idleMinutes: whole('无操作自动退出时间', 5, 240, 30, '分钟'),
    idleWarnMinutes: whole('自动退出前提醒', 1, 30, 5, '分钟'),
    sessionHours: whole('单次登录最长时间', 1, 24, 12, '小时'),
  })
  .strict()
  .refine((p) => p.idleWarnMinutes < p.idleMinutes, { message: '自动退出前提醒的时间应短于无操作自动退出时间', path: ['idleWarnMinutes'] })
  .refine((p) => p.maxAgeDays === 0 || p.warnDays < p.maxAgeDays, { message: '密码到期前提醒的天数应少于密码有效期', path: ['warnDays'] });

export type PasswordPolicy = z.infer<typeof passwordPolicySchema>;

export const DEFAULT_PASSWORD_POLICY: PasswordPolicy = passwordPolicySchema.parse({});

/** The classes a password draws on, in the order the rule names them. */
export function characterClasses(password: string): CharacterClass[] {
  const has: Record<CharacterClass, boolean> = { upper: false, lower: false, digit: false, symbol: false };
  for (const ch of password) {
    if (ch >= 'A' && ch <= 'Z') has.upper = true;
    else if (ch >= 'a' && ch <= 'z') has.lower = true;
    else if (ch >= '0' && ch <= '9') has.digit = true;
    // Anything else typed is a symbol to the rule (punctuation, a space, a 汉字): each widens the
    // space a guesser must search as much as a letter does.
    else has.symbol = true;
  }
  return CHARACTER_CLASSES.filter((c) => has[c]);
}

/** The rule as one sentence, for the page that asks for a new password. */
export function passwordRule(policy: PasswordPolicy): string {
  const classes = CHARACTER_CLASSES.map((c) => CHARACTER_CLASS_NAMES[c]).join('、');
  const all = policy.minClasses === CHARACTER_CLASSES.length ? `全部${CHARACTER_CLASSES.length}类` : `至少${policy.minClasses}类`;
  return `密码至少${policy.minLength}位，并包含${classes}中的${all}`;
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * Why a password may not be set, in words for the person choosing it, or null when it may. The
 * username rule compares without letter case: "ZhangSan2024!" still gives the account away.
 * Reuse of a recent password needs the stored hashes and is checked by the user store.
 */
export function passwordProblem(password: string, policy: PasswordPolicy, context: { username: string }): string | null {
  if (password.length === 0) return '请输入密码';
  const length = [...password].length;
  if (length > PASSWORD_MAX_LENGTH) return `密码不能超过${PASSWORD_MAX_LENGTH}位（现在有${length}位）`;
  if (CONTROL.test(password)) return '密码不能包含换行、制表符等控制字符';
  const classes = characterClasses(password);
  const short = length < policy.minLength;
  const few = classes.length < policy.minClasses;
  if (short || few) {
    const kinds = classes.length ? `${classes.length}类：${classes.map((c) => CHARACTER_CLASS_NAMES[c]).join('、')}` : '';
    const now = short && few ? `${length}位、${kinds}` : short ? `${length}位` : kinds;
    return `${passwordRule(policy)}（现在只有${now}）`;
  }
  const username = context.username.trim().toLowerCase();
  if (username) {
    const lower = password.toLowerCase();
    if (lower === username) return '密码不能与用户名相同';
    if (lower.includes(username)) return '密码不能包含用户名';
  }
  return null;
}
