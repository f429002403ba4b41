import { describe, expect, it } from 'vitest';
import { login } from '../../electron/auth/login';
import type { OpenApp } from '../../electron/open-app';
import type { Registry } from '../../electron/registry';
import { asCaller } from '../../electron/registry';
import { recordLoginFailure } from '../../electron/store/login-attempts-store';
import { DEFAULT_PASSWORD_POLICY } from '../../shared/auth/password-policy';
import type { Caller } from '../../shared/auth/caller';
import type { Role } from '../../shared/auth/roles';
import type { OperationName } from '../../shared/contract/operations';
import type { AuditRow } from '../../shared/domain/audit';
import type { UserListItem } from '../../shared/domain/user-admin';
import { openTempApp } from '../helpers/temp-app';

// 用户管理 through the registry on a real store: each operation for the administrator and the
// machine's own user, refused for every other role, the account rules (last 管理员, 录入员 and 科室,
// the password policy), sessions ended by a reset, a disable or a forced logout, and the audit row
// each change leaves, which never holds a password.

const ADMIN_PASSWORD = 'Guanli#2025';

interface Fixture {
  app: OpenApp;
  local: Registry;
  admin: Registry;
  adminCaller: Caller;
  adminUser: UserListItem;
}

async function signIn(app: OpenApp, username: string, password: string, ip = '192.168.1.30') {
  const result = await login(app.ctx.db, { username, password, ip, userAgent: 'test' }, app.ctx.now());
  if (!result.ok) throw new Error(`sign-in failed: ${result.message}`);
  return result;
}

async function callerFor(app: OpenApp, username: string, password: string, ip?: string): Promise<Caller> {
  const s = await signIn(app, username, password, ip);
  return { kind: 'user', userId: s.user.id, username: s.user.username, displayName: s.user.displayName, role: s.user.role, department: s.user.department, sessionId: s.sessionId, ip: ip ?? '192.168.1.30' };
}

/** The host creates the first 管理员 at first run; that 管理员 then signs in from another desk. */
async function fixture(): Promise<Fixture> {
  const app = openTempApp();
  const local = app.registry;
  const { user: adminUser } = await local.call('users.create', { username: 'wangzr', displayName: '王主任', role: 'admin', password: ADMIN_PASSWORD });
  const adminCaller = await callerFor(app, 'wangzr', ADMIN_PASSWORD, '192.168.1.10');
  return { app, local, admin: asCaller(local, adminCaller), adminCaller, adminUser };
}

async function refusal(promise: Promise<unknown>): Promise<{ code: string; message: string; fields?: Record<string, string> }> {
  try {
    await promise;
  } catch (err) {
    return err as { code: string; message: string };
  }
  throw new Error('expected a refusal');
}

function auditor(): Caller {
  return { kind: 'user', userId: 'id-auditor', username: 'zhaoliu', displayName: '赵六', role: 'auditor', department: '', sessionId: 's-auditor', ip: '192.168.1.40' };
}

async function auditRows(app: OpenApp, operation?: string): Promise<AuditRow[]> {
  return (await asCaller(app.registry, auditor()).call('audit.list', { ...(operation ? { operation } : {}), limit: 500 })).items;
}

function openSessions(app: OpenApp, userId: string): number {
  return app.ctx.db.prepare('SELECT count(*) FROM sessions WHERE user_id = ? AND ended_at IS NULL').pluck().get(userId) as number;
}

function endReasons(app: OpenApp, userId: string): string[] {
  return app.ctx.db.prepare('SELECT end_reason FROM sessions WHERE user_id = ? ORDER BY rowid').pluck().all(userId) as string[];
}

describe('creating accounts', () => {
  it('lets the host create the first 管理员 with their own password, and gives everyone else a temporary one', async () => {
    const { app, admin, adminUser } = await fixture();
    expect(adminUser).toMatchObject({ username: 'wangzr', role: 'admin', mustChangePassword: false, state: 'normal', stateText: '正常' });

    const made = await admin.call('users.create', { username: 'zhangsan', displayName: '张三', role: 'entry', department: '办公室' });
    expect(made.user).toMatchObject({ username: 'zhangsan', role: 'entry', department: '办公室', mustChangePassword: true, state: 'must_change', stateText: '待修改初始密码', lastLoginAt: null });
    expect(made.temporaryPassword).toMatch(/^\S{12,}$/);
    expect(await signIn(app, 'zhangsan', made.temporaryPassword!)).toMatchObject({ passwordStatus: { mustChange: true } });

    // A password the administrator typed for a colleague is still theirs to hand over: temporary too.
    const given = await admin.call('users.create', { username: 'lisi', displayName: '李四', role: 'reviewer', password: 'Shenhe#2025' });
    expect(given).toMatchObject({ temporaryPassword: null, user: { mustChangePassword: true } });

    const listed = await admin.call('users.list', {});
    expect(listed.map((u) => u.username)).toEqual(['wangzr', 'zhangsan', 'lisi']);
    expect(listed[0]!.lastLoginAt).not.toBeNull();
    expect(listed[1]!.lastLoginAt).not.toBeNull();
    expect(listed[2]!.lastLoginAt).toBeNull();
    // No hash leaves the store, under any name.
    expect(JSON.stringify(listed)).not.toMatch(/scrypt|hash/i);
  });

  it('refuses a duplicate username, a 录入员 without 科室 and a weak password, in words that say what to do', async () => {
    const { admin } = await fixture();
    expect(await refusal(admin.call('users.create', { username: 'WangZR', displayName: '王二', role: 'reviewer' }))).toMatchObject({
      code: 'conflict',
      message: '用户名“WangZR”已被用户“王主任”使用，请换一个用户名',
    });
    expect(await refusal(admin.call('users.create', { username: 'zhangsan', displayName: '张三', role: 'entry' }))).toMatchObject({
      code: 'invalid_input',
      message: '录入员须填写所属科室',
      fields: { department: '录入员须填写所属科室' },
    });
    const weak = await refusal(admin.call('users.create', { username: 'lisi', displayName: '李四', role: 'reviewer', password: 'lisi2025' }));
    expect(weak.code).toBe('invalid_input');
    expect(weak.message).toBe('密码至少8位，并包含大写字母、小写字母、数字、符号中的至少3类（现在只有2类：小写字母、数字）');
    expect((await refusal(admin.call('users.create', { username: 'a', displayName: '甲', role: 'auditor' }))).message).toBe('用户名应为2—32个字符（现在是1个）');
    expect((await refusal(admin.call('users.create', { username: 'lisi', displayName: '李四', role: 'boss' as Role }))).message).toBe('角色：只能是录入员、审核员、管理员、审计员');
  });
});

describe('changing accounts', () => {
  it('updates name, role and 科室; a 录入员 needs a 科室; the last active 管理员 cannot be demoted or disabled', async () => {
    const { admin, local, adminUser } = await fixture();
    const { user } = await admin.call('users.create', { username: 'zhangsan', displayName: '张三', role: 'reviewer' });
    expect(await admin.call('users.update', { id: user.id, displayName: '张三丰', department: '法制科' })).toMatchObject({ displayName: '张三丰', department: '法制科', role: 'reviewer' });
    expect(await refusal(admin.call('users.update', { id: user.id, role: 'entry', department: '' }))).toMatchObject({ code: 'invalid_input', message: '录入员须填写所属科室' });
    expect(await admin.call('users.update', { id: user.id, role: 'entry' })).toMatchObject({ role: 'entry', department: '法制科' });

    const last = '“王主任”是唯一启用的管理员';
    for (const registry of [admin, local]) {
      expect((await refusal(registry.call('users.update', { id: adminUser.id, role: 'reviewer' }))).message).toBe(`${last}，不能改为其他角色。请先添加或启用另一名管理员。`);
      expect((await refusal(registry.call('users.disable', { id: adminUser.id }))).message).toBe(`${last}，不能停用。请先添加或启用另一名管理员。`);
    }
    // With a second 管理员 the first may step down.
    await admin.call('users.create', { username: 'liuke', displayName: '刘科长', role: 'admin' });
    expect(await admin.call('users.update', { id: adminUser.id, role: 'reviewer' })).toMatchObject({ role: 'reviewer' });

    expect(await refusal(admin.call('users.update', { id: '00000000-0000-4000-8000-000000000000', displayName: '无人' }))).toMatchObject({ code: 'not_found' });
  });

  it('resets a password: a new temporary one, must be changed, every session of the user ended, a lock lifted', async () => {
    const { app, admin } = await fixture();
    const { user, temporaryPassword } = await admin.call('users.create', { username: 'zhangsan', displayName: '张三', role: 'entry', department: '办公室' });
    await signIn(app, 'zhangsan', temporaryPassword!);
    await signIn(app, 'zhangsan', temporaryPassword!, '192.168.1.31');
    expect(openSessions(app, user.id)).toBe(2);
    for (let i = 0; i < DEFAULT_PASSWORD_POLICY.maxFailures; i++) recordLoginFailure(app.ctx.db, user.id, app.ctx.now(), DEFAULT_PASSWORD_POLICY);
    expect((await admin.call('users.list', {})).find((u) => u.id === user.id)!.stateText).toMatch(/^已锁定至 (\d+月\d+日 )?\d\d:\d\d$/);

    const reset = await admin.call('users.resetPassword', { id: user.id });
    expect(reset.temporaryPassword).not.toBe(temporaryPassword);
    expect(reset.user).toMatchObject({ mustChangePassword: true, state: 'must_change', stateText: '须修改密码', lockedUntil: null, failedLogins: 0 });
    expect(openSessions(app, user.id)).toBe(0);
    expect(await login(app.ctx.db, { username: 'zhangsan', password: temporaryPassword!, ip: '1.1.1.1', userAgent: 't' }, app.ctx.now())).toMatchObject({ ok: false });
    expect(await signIn(app, 'zhangsan', reset.temporaryPassword!)).toMatchObject({ passwordStatus: { mustChange: true } });
  });

  it('unlocks an account locked by wrong passwords', async () => {
    const { app, admin } = await fixture();
    const { user } = await admin.call('users.create', { username: 'zhangsan', displayName: '张三', role: 'reviewer' });
    for (let i = 0; i < DEFAULT_PASSWORD_POLICY.maxFailures; i++) recordLoginFailure(app.ctx.db, user.id, app.ctx.now(), DEFAULT_PASSWORD_POLICY);
    const unlocked = await admin.call('users.unlock', { id: user.id });
    expect(unlocked).toMatchObject({ lockedUntil: null, failedLogins: 0, state: 'must_change' });
  });

  it('disables an account (its sessions end at once) and enables it again', async () => {
    const { app, admin } = await fixture();
    const { user, temporaryPassword } = await admin.call('users.create', { username: 'zhangsan', displayName: '张三', role: 'reviewer' });
    await signIn(app, 'zhangsan', temporaryPassword!);
    const disabled = await admin.call('users.disable', { id: user.id });
    expect(disabled).toMatchObject({ state: 'disabled', stateText: '已停用' });
    expect(disabled.disabledAt).not.toBeNull();
    expect(endReasons(app, user.id)).toEqual(['user_disabled']);
    expect(await login(app.ctx.db, { username: 'zhangsan', password: temporaryPassword!, ip: '1.1.1.1', userAgent: 't' }, app.ctx.now())).toMatchObject({ ok: false, reason: 'disabled' });
    expect(await admin.call('users.enable', { id: user.id })).toMatchObject({ disabledAt: null, state: 'must_change' });
    await signIn(app, 'zhangsan', temporaryPassword!);
  });
});

describe('who is connected', () => {
  it('lists the open sessions and ends exactly the one chosen', async () => {
    const { app, admin, adminCaller } = await fixture();
    const { user, temporaryPassword } = await admin.call('users.create', { username: 'zhangsan', displayName: '张三', role: 'entry', department: '办公室' });
    const first = await signIn(app, 'zhangsan', temporaryPassword!, '192.168.1.31');
    const second = await signIn(app, 'zhangsan', temporaryPassword!, '192.168.1.32');

    const sessions = await admin.call('sessions.list', {});
    expect(sessions).toHaveLength(3);
    const mine = sessions.find((s) => s.current)!;
    expect(mine).toMatchObject({ username: 'wangzr', ip: '192.168.1.10', role: 'admin' });
    expect(adminCaller.kind === 'user' && mine.sessionId).toBe(adminCaller.kind === 'user' ? adminCaller.sessionId : false);
    expect(sessions.find((s) => s.sessionId === first.sessionId)).toMatchObject({ displayName: '张三', role: 'entry', department: '办公室', ip: '192.168.1.31', current: false });

    expect(await admin.call('sessions.end', { sessionId: first.sessionId })).toEqual({ id: first.sessionId, username: 'zhangsan', displayName: '张三' });
    const reasons = app.ctx.db.prepare('SELECT id, end_reason FROM sessions WHERE user_id = ?').all(user.id) as { id: string; end_reason: string | null }[];
    expect(reasons).toEqual(
      expect.arrayContaining([
        { id: first.sessionId, end_reason: 'forced' },
        { id: second.sessionId, end_reason: null },
      ]),
    );
    expect((await admin.call('sessions.list', {})).map((s) => s.sessionId).sort()).toEqual([mine.sessionId, second.sessionId].sort());
    expect(await refusal(admin.call('sessions.end', { sessionId: first.sessionId }))).toMatchObject({ code: 'not_found', message: '这个用户已经下线（或登录已过期），请刷新在线用户列表' });
    expect(await refusal(admin.call('sessions.end', { sessionId: 'abc' }))).toMatchObject({ code: 'invalid_input', message: '登录：登录编号格式不正确' });
  });
});

describe('password and sign-in rules', () => {
  it('reads and changes the rules; rules left out keep their value; out of bounds is refused in words', async () => {
    const { admin } = await fixture();
    expect(await admin.call('auth.policy.get', {})).toEqual(DEFAULT_PASSWORD_POLICY);
    const changed = await admin.call('auth.policy.update', { minLength: 10, idleMinutes: 20 });
    expect(changed).toEqual({ ...DEFAULT_PASSWORD_POLICY, minLength: 10, idleMinutes: 20 });
    expect(await admin.call('auth.policy.get', {})).toEqual(changed);

    expect(await refusal(admin.call('auth.policy.update', { minLength: 6 }))).toMatchObject({ code: 'invalid_input', message: '密码最短长度：不能小于8' });
    expect(await refusal(admin.call('auth.policy.update', { idleMinutes: 1000 }))).toMatchObject({ message: '无操作自动退出时间：不能大于240' });
    expect(await refusal(admin.call('auth.policy.update', { idleWarnMinutes: 25 }))).toMatchObject({
      message: '自动退出前提醒：自动退出前提醒的时间应短于无操作自动退出时间',
      fields: { idleWarnMinutes: '自动退出前提醒：自动退出前提醒的时间应短于无操作自动退出时间' },
    });
    expect(await admin.call('auth.policy.get', {})).toEqual(changed);

    // The new rule applies to the next password, and a generated one always meets it.
    expect((await refusal(admin.call('users.create', { username: 'lisi', displayName: '李四', role: 'reviewer', password: 'Shenhe#25' }))).message).toContain('密码至少10位');
    const made = await admin.call('users.create', { username: 'lisi', displayName: '李四', role: 'reviewer' });
    expect([...made.temporaryPassword!].length).toBeGreaterThanOrEqual(12);
  });
});

const USER_OPERATIONS = [
  'users.list',
  'users.create',
  'users.update',
  'users.resetPassword',
  'users.unlock',
  'users.disable',
  'users.enable',
  'sessions.list',
  'sessions.end',
  'auth.policy.get',
  'auth.policy.update',
] as const satisfies readonly OperationName[];

describe('who may administer accounts', () => {
  it('refuses every other role, naming the role, and logs each refusal', async () => {
    const { app, admin, adminUser } = await fixture();
    const inputs: Record<(typeof USER_OPERATIONS)[number], unknown> = {
      'users.list': {},
      'users.create': { username: 'hacker', displayName: '某人', role: 'admin', password: 'Guanli#2099' },
      'users.update': { id: adminUser.id, role: 'entry', department: '办公室' },
      'users.resetPassword': { id: adminUser.id },
      'users.unlock': { id: adminUser.id },
      'users.disable': { id: adminUser.id },
      'users.enable': { id: adminUser.id },
      'sessions.list': {},
      'sessions.end': { sessionId: 'a'.repeat(64) },
      'auth.policy.get': {},
      'auth.policy.update': { minLength: 8 },
    };
    const made = {
      entry: await admin.call('users.create', { username: 'zhangsan', displayName: '张三', role: 'entry', department: '办公室' }),
      reviewer: await admin.call('users.create', { username: 'lisi', displayName: '李四', role: 'reviewer' }),
      auditor: await admin.call('users.create', { username: 'zhaoliu', displayName: '赵六', role: 'auditor' }),
    };
    const names = { entry: '录入员', reviewer: '审核员', auditor: '审计员' } as const;
    for (const role of ['entry', 'reviewer', 'auditor'] as const) {
      const caller = await callerFor(app, made[role].user.username, made[role].temporaryPassword!);
      const as = asCaller(app.registry, caller);
      for (const name of USER_OPERATIONS) {
        const refused = await as.invoke(name, inputs[name]);
        expect(refused, `${role} ${name}`).toMatchObject({ ok: false, error: { code: 'forbidden' } });
        if (!refused.ok) expect(refused.error.message).toContain(`${names[role]}不能进行`);
      }
    }
    // Nothing changed.
    expect((await admin.call('users.list', {})).map((u) => u.username)).toEqual(['wangzr', 'zhangsan', 'lisi', 'zhaoliu']);
    expect((await admin.call('users.list', {}))[0]).toMatchObject({ role: 'admin', disabledAt: null, mustChangePassword: false });
    const refusals = (await auditRows(app)).filter((r) => !r.success && r.detail.startsWith('无权操作'));
    expect(refusals).toHaveLength(3 * USER_OPERATIONS.length);
  });

  it('lets the machine’s own user do all of it', async () => {
    const { app, local, adminUser } = await fixture();
    const { user, temporaryPassword } = await local.call('users.create', { username: 'zhangsan', displayName: '张三', role: 'reviewer' });
    expect(temporaryPassword).not.toBeNull();
    await local.call('users.update', { id: user.id, department: '法制科' });
    const signed = await signIn(app, 'zhangsan', temporaryPassword!);
    expect((await local.call('sessions.list', {})).every((s) => !s.current)).toBe(true);
    await local.call('sessions.end', { sessionId: signed.sessionId });
    await local.call('users.resetPassword', { id: user.id });
    await local.call('users.unlock', { id: user.id });
    await local.call('users.disable', { id: user.id });
    await local.call('users.enable', { id: user.id });
    await local.call('auth.policy.update', { lockMinutes: 10 });
    expect((await local.call('auth.policy.get', {})).lockMinutes).toBe(10);
    expect((await local.call('users.list', {})).map((u) => u.id)).toEqual([adminUser.id, user.id]);
  });
});

describe('the audit log of account administration', () => {
  it('has a row for each change naming the account, and no password anywhere', async () => {
    const { app, admin, local } = await fixture();
    const given = 'Shenhe#2025';
    const created = await admin.call('users.create', { username: 'zhangsan', displayName: '张三', role: 'reviewer', password: given });
    const generated = await admin.call('users.create', { username: 'lisi', displayName: '李四', role: 'entry', department: '办公室' });
    const id = created.user.id;
    await admin.call('users.update', { id, department: '法制科' });
    const reset = await admin.call('users.resetPassword', { id });
    const cliReset = 'Chongzhi#2026';
    await local.call('users.resetPassword', { id, password: cliReset });
    await admin.call('users.unlock', { id });
    await admin.call('users.disable', { id });
    await admin.call('users.enable', { id });
    const session = await signIn(app, 'lisi', generated.temporaryPassword!);
    await admin.call('sessions.end', { sessionId: session.sessionId });
    await admin.call('auth.policy.update', { maxFailures: 4 });
    // Refused ones are logged too, with the reason and still no password.
    const weak = 'weakpass1';
    await refusal(admin.call('users.create', { username: 'wangwu', displayName: '王五', role: 'reviewer', password: weak }));
    // Reads are not logged.
    await admin.call('users.list', {});
    await admin.call('sessions.list', {});
    await admin.call('auth.policy.get', {});

    const rows = (await auditRows(app)).reverse();
    const seen = rows.map((r) => [r.operation, r.username, r.object, r.success]);
    expect(seen).toEqual([
      ['users.create', '本机', expect.stringMatching(/^用户名=wangzr；用户=[0-9a-f-]{36}$/), true],
      ['users.create', 'wangzr', `用户名=zhangsan；用户=${id}`, true],
      ['users.create', 'wangzr', expect.stringMatching(/^用户名=lisi；用户=[0-9a-f-]{36}$/), true],
      // The account is named as well as its id: the auditor reads names.
      ['users.update', 'wangzr', `用户=${id}；用户名=zhangsan`, true],
      ['users.resetPassword', 'wangzr', `用户=${id}；用户名=zhangsan`, true],
      ['users.resetPassword', '本机', `用户=${id}；用户名=zhangsan`, true],
      ['users.unlock', 'wangzr', `用户=${id}；用户名=zhangsan`, true],
      ['users.disable', 'wangzr', `用户=${id}；用户名=zhangsan`, true],
      ['users.enable', 'wangzr', `用户=${id}；用户名=zhangsan`, true],
      ['sessions.end', 'wangzr', `登录=${session.sessionId}；用户名=lisi`, true],
      ['auth.policy.update', 'wangzr', '', true],
      ['users.create', 'wangzr', '用户名=wangwu', false],
    ]);
    expect(rows.at(-1)!.detail).toMatch(/^填写有误：密码至少8位/);
    expect(rows.every((r) => r.ip === '' || r.ip === '192.168.1.10')).toBe(true);

    const everything = JSON.stringify(app.ctx.db.prepare('SELECT * FROM audit_log').all());
    for (const secret of [ADMIN_PASSWORD, given, generated.temporaryPassword!, reset.temporaryPassword!, cliReset, weak]) expect(everything).not.toContain(secret);
  });
});
