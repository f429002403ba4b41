import { describe, expect, it } from 'vitest';
import { departmentProblem, usernameProblem } from '../../shared/auth/account-fields';
import { DEFAULT_PASSWORD_POLICY, characterClasses, passwordPolicySchema, passwordProblem } from '../../shared/auth/password-policy';
import { passwordStatus } from '../../shared/auth/password-status';

const policy = DEFAULT_PASSWORD_POLICY;
const user = { username: 'zhangsan' };

describe('password policy (等保2.0 身份鉴别 defaults)', () => {
  it('has the defaults the issue names, and {} parses to them', () => {
    expect(DEFAULT_PASSWORD_POLICY).toEqual({
      minLength: 8,
      minClasses: 3,
      historyCount: 5,
      maxAgeDays: 90,
      warnDays: 7,
      maxFailures: 5,
      lockMinutes: 30,
      idleMinutes: 30,
      idleWarnMinutes: 5,
      sessionHours: 12,
    });
    expect(passwordPolicySchema.parse({ lockMinutes: 10 })).toEqual({ ...DEFAULT_PASSWORD_POLICY, lockMinutes: 10 });
  });

  it('refuses settings that would switch a rule off, in Chinese naming the rule', () => {
    const short = passwordPolicySchema.safeParse({ minLength: 4 });
    expect(short.success).toBe(false);
    expect(short.error?.issues[0]?.message).toBe('密码最短长度应为8—64位之间的整数');
    expect(passwordPolicySchema.safeParse({ maxFailures: 1000 }).success).toBe(false);
    expect(passwordPolicySchema.safeParse({ idleMinutes: 2.5 }).success).toBe(false);
    expect(passwordPolicySchema.safeParse({ unknown: 1 }).success).toBe(false);
    const warn = passwordPolicySchema.safeParse({ idleMinutes: 10, idleWarnMinutes: 10 });
    expect(warn.error?.issues[0]?.message).toBe('自动退出前提醒的时间应短于无操作自动退出时间');
    expect(passwordPolicySchema.safeParse({ maxAgeDays: 0, warnDays: 7 }).success).toBe(true);
  });

  it('names the classes present and missing', () => {
    expect(characterClasses('abc123')).toEqual(['lower', 'digit']);
    expect(characterClasses('Ab1!')).toEqual(['upper', 'lower', 'digit', 'symbol']);
    expect(characterClasses('密码abc')).toEqual(['lower', 'symbol']);
  });

  it('explains a weak password by the rule and what it has', () => {
    expect(passwordProblem('abcd1234', policy, user)).toBe('密码至少8位，并包含大写字母、小写字母、数字、符号中的至少3类（现在只有2类：小写字母、数字）');
    expect(passwordProblem('Ab1!', policy, user)).toBe('密码至少8位，并包含大写字母、小写字母、数字、符号中的至少3类（现在只有4位）');
    expect(passwordProblem('abc1', policy, user)).toBe('密码至少8位，并包含大写字母、小写字母、数字、符号中的至少3类（现在只有4位、2类：小写字母、数字）');
    expect(passwordProblem('abcdefgh', { ...policy, minClasses: 4 }, user)).toBe('密码至少8位，并包含大写字母、小写字母、数字、符号中的全部4类（现在只有1类：小写字母）');
    expect(passwordProblem('', policy, user)).toBe('请输入密码');
  });

  it('accepts a compliant password, and counts 汉字 by character', () => {
    expect(passwordProblem('Fazhi2024', policy, user)).toBeNull();
    expect(passwordProblem('法治建设ab12', policy, user)).toBeNull();
    expect(passwordProblem('法治ab12', policy, user)).toMatch(/现在只有6位/);
  });

  it('refuses the username, in any letter case, alone or inside', () => {
    expect(passwordProblem('ZhangSan', { ...policy, minClasses: 2 }, user)).toBe('密码不能与用户名相同');
    expect(passwordProblem('ZHANGSAN@2024', policy, user)).toBe('密码不能包含用户名');
    expect(passwordProblem('Zs@20240101', policy, user)).toBeNull();
  });

  it('refuses over 128 characters and control characters', () => {
    expect(passwordProblem(`Aa1!${'x'.repeat(125)}`, policy, user)).toBe('密码不能超过128位（现在有129位）');
    expect(passwordProblem(`Aa1!${'x'.repeat(124)}`, policy, user)).toBeNull();
    expect(passwordProblem('Abcd1234\n', policy, user)).toBe('密码不能包含换行、制表符等控制字符');
  });
});

describe('account fields', () => {
  it('accepts letters, digits, _-. and 汉字 of 2–32 characters', () => {
    expect(usernameProblem('zhang.san-01_x')).toBeNull();
    expect(usernameProblem('张三')).toBeNull();
    expect(usernameProblem('张')).toBe('用户名应为2—32个字符（现在是1个）');
    expect(usernameProblem('a'.repeat(33))).toBe('用户名应为2—32个字符（现在是33个）');
    expect(usernameProblem('zhang san')).toBe('用户名只能由字母、数字、汉字和 _ - . 组成');
    expect(usernameProblem('zhāng')).toBe('用户名只能由字母、数字、汉字和 _ - . 组成');
  });

  it('asks an 录入员 for a 科室', () => {
    expect(departmentProblem('', 'entry')).toBe('录入员须填写所属科室');
    expect(departmentProblem('', 'reviewer')).toBeNull();
  });
});

describe('password status', () => {
  const changed = '2025-01-01T00:00:00.000Z';
  const at = (days: number) => new Date(Date.parse(changed) + days * 86_400_000).toISOString();

  it('warns in the last 7 of 90 days, then forces a change', () => {
    expect(passwordStatus({ passwordChangedAt: changed, mustChangePassword: false }, policy, at(10))).toEqual({ mustChange: false, expiresInDays: null, expired: false });
    expect(passwordStatus({ passwordChangedAt: changed, mustChangePassword: false }, policy, at(83))).toEqual({ mustChange: false, expiresInDays: 7, expired: false });
    expect(passwordStatus({ passwordChangedAt: changed, mustChangePassword: false }, policy, at(89.5))).toEqual({ mustChange: false, expiresInDays: 1, expired: false });
    expect(passwordStatus({ passwordChangedAt: changed, mustChangePassword: false }, policy, at(90))).toEqual({ mustChange: true, expiresInDays: 0, expired: true });
  });

  it('forces a change of a temporary password, and never expires with maxAgeDays 0', () => {
    expect(passwordStatus({ passwordChangedAt: changed, mustChangePassword: true }, policy, at(1)).mustChange).toBe(true);
    expect(passwordStatus({ passwordChangedAt: changed, mustChangePassword: false }, { ...policy, maxAgeDays: 0 }, at(1000))).toEqual({ mustChange: false, expiresInDays: null, expired: false });
  });
});
