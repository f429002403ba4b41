import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { changeOwnPassword } from '../../electron/auth/change-own-password';
import { login } from '../../electron/auth/login';
import { hashPassword, verifyPassword } from '../../electron/auth/password-hash';
import { temporaryPassword } from '../../electron/auth/temporary-password';
import { readAuthPolicy, writeAuthPolicy } from '../../electron/store/auth-policy-store';
import { recordLoginFailure, unlockUser } from '../../electron/store/login-attempts-store';
import { endSession, endStaleSessions, endUserSessions, listActiveSessions, sessionFor, startSession } from '../../electron/store/session-store';
import { setPassword } from '../../electron/store/user-password-store';
import type { NewUser } from '../../electron/store/user-store';
import { createUser, getUser, listUsers, storedPasswordHash, updateUser } from '../../electron/store/user-store';
import { DEFAULT_PASSWORD_POLICY, passwordProblem } from '../../shared/auth/password-policy';
import { AppError } from '../../shared/errors';
import { openTempApp } from '../helpers/temp-app';

// Accounts on a real store: creation and its refusals, hashes, password history, lockout, sessions.
// Every time is an explicit `now`; scrypt costs ~0.1–0.2 s a hash, so each test hashes a handful.

const T0 = '2025-03-03T01:00:00.000Z';
const at = (minutes: number) => new Date(Date.parse(T0) + minutes * 60_000).toISOString();
const policy = DEFAULT_PASSWORD_POLICY;
const client = { ip: '192.168.1.23', userAgent: 'Mozilla/5.0 (Windows NT 6.1) Chrome/109' };

function store(): Database.Database {
  return openTempApp().ctx.db;
}

const ADMIN: NewUser = { username: 'admin', displayName: '王主任', role: 'admin', department: '办公室', password: 'Wang#2025zr' };
const CLERK: NewUser = { username: 'zhangsan', displayName: '张三', role: 'entry', department: '法制科', password: 'Fazhi@2025' };

async function refusal(promise: Promise<unknown> | (() => unknown)): Promise<AppError> {
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected a refusal');
}

describe('password hashing', () => {
  it('stores scrypt$N$r$p$salt$hash with a fresh salt, verifies, and treats malformed values as false', async () => {
    const a = await hashPassword('Fazhi@2025');
    const b = await hashPassword('Fazhi@2025');
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{43}=$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('Fazhi@2025', a)).toBe(true);
    expect(await verifyPassword('fazhi@2025', a)).toBe(false);
    const [, , , , salt, key] = a.split('$');
    for (const bad of ['', 'Fazhi@2025', 'bcrypt$2b$10$x', `scrypt$32768$8$1$${salt}`, `scrypt$1000$8$1$${salt}$${key}`, `scrypt$${2 ** 30}$8$1$${salt}$${key}`, `scrypt$32768$8$1$${salt}$!!!`, `scrypt$32768$0$1$${salt}$${key}`]) {
      expect(await verifyPassword('Fazhi@2025', bad)).toBe(false);
    }
  });
});

describe('user store', () => {
  it('creates an account with a temporary password, and refuses a duplicate whatever its letter case', async () => {
    const db = store();
    const user = await createUser(db, CLERK, T0);
    expect(user).toMatchObject({ username: 'zhangsan', displayName: '张三', role: 'entry', department: '法制科', mustChangePassword: true, failedLogins: 0, lockedUntil: null, disabledAt: null, passwordChangedAt: T0 });
    expect(user).not.toHaveProperty('passwordHash');
    expect(await verifyPassword('Fazhi@2025', storedPasswordHash(db, user.id)!)).toBe(true);
    expect(getUser(db, user.id)).toEqual(user);

    const dup = await refusal(createUser(db, { ...CLERK, username: 'ZhangSan', displayName: '另一个张三' }, at(1)));
    expect(dup.code).toBe('conflict');
    expect(dup.message).toBe('用户名“ZhangSan”已被用户“张三”使用，请换一个用户名');
    expect(listUsers(db)).toHaveLength(1);
  });

  it('refuses a weak password, the username in it, a bad username and an 录入员 without 科室, naming the field', async () => {
    const db = store();
    const weak = await refusal(createUser(db, { ...CLERK, password: 'abcd1234' }, T0));
    expect(weak.code).toBe('invalid_input');
    expect(weak.fields).toEqual({ password: '密码至少8位，并包含大写字母、小写字母、数字、符号中的至少3类（现在只有2类：小写字母、数字）' });
    expect((await refusal(createUser(db, { ...CLERK, password: 'Zhangsan@1' }, T0))).message).toBe('密码不能包含用户名');
    expect((await refusal(createUser(db, { ...CLERK, username: 'zhang san' }, T0))).fields).toHaveProperty('username');
    expect((await refusal(createUser(db, { ...CLERK, department: ' ' }, T0))).message).toBe('录入员须填写所属科室');
    expect(listUsers(db)).toEqual([]);
  });

  it('refuses the last 5 passwords (the current one included), and forgets the oldest after a sixth', async () => {
    const db = store();
    const user = await createUser(db, CLERK, T0);
    const passwords = ['Fazhi@2025', 'Second#25', 'Third#2025', 'Fourth#25', 'Fifth#2025'];
    for (const [i, pw] of passwords.slice(1).entries()) await setPassword(db, user.id, pw, at(i + 1), { byAdmin: false });
    const again = await refusal(setPassword(db, user.id, 'Fazhi@2025', at(10), { byAdmin: false }));
    expect(again.message).toBe('不能与最近5次使用过的密码相同');
    expect((await refusal(setPassword(db, user.id, 'Fifth#2025', at(10), { byAdmin: false }))).message).toBe('不能与最近5次使用过的密码相同');
    await setPassword(db, user.id, 'Sixth#2025', at(11), { byAdmin: false });
    expect(db.prepare('SELECT count(*) FROM password_history WHERE user_id = ?').pluck().get(user.id)).toBe(5);
    const back = await setPassword(db, user.id, 'Fazhi@2025', at(12), { byAdmin: false });
    expect(back).toMatchObject({ mustChangePassword: false, passwordChangedAt: at(12) });
  });

  it('keeps one enabled 管理员: the last can be neither disabled nor demoted', async () => {
    const db = store();
    const admin = await createUser(db, ADMIN, T0);
    const off = await refusal(() => updateUser(db, admin.id, { disabled: true }, at(1)));
    expect(off.code).toBe('conflict');
    expect(off.message).toBe('“王主任”是唯一启用的管理员，不能停用。请先添加或启用另一名管理员。');
    expect((await refusal(() => updateUser(db, admin.id, { role: 'reviewer' }, at(1)))).message).toContain('不能改为其他角色');
    const second = await createUser(db, { ...ADMIN, username: 'admin2', displayName: '李科长' }, at(2));
    expect(updateUser(db, admin.id, { role: 'reviewer', department: '法制科' }, at(3))).toMatchObject({ role: 'reviewer', department: '法制科' });
    expect((await refusal(() => updateUser(db, second.id, { disabled: true }, at(4)))).code).toBe('conflict');
    // A change that keeps the admin an admin is fine, and an entry user needs a 科室.
    expect(updateUser(db, second.id, { displayName: '李科长（值班）' }, at(5)).displayName).toBe('李科长（值班）');
    expect((await refusal(() => updateUser(db, second.id, { role: 'entry', department: '' }, at(6)))).message).toBe('录入员须填写所属科室');
  });

  it('generates temporary passwords that pass the policy', () => {
    for (let i = 0; i < 50; i++) {
      const pw = temporaryPassword({ ...policy, minClasses: 4, minLength: 14 }, 'zhangsan');
      expect(pw).toHaveLength(14);
      expect(passwordProblem(pw, { ...policy, minClasses: 4, minLength: 14 }, { username: 'zhangsan' })).toBeNull();
    }
  });
});

describe('login and lockout', () => {
  it('answers unknown user and wrong password alike, counts down, locks after 5, and the admin unlocks', async () => {
    const db = store();
    const user = await createUser(db, CLERK, T0);
    const unknown = await login(db, { username: 'nobody', password: 'Fazhi@2025', ...client }, at(1));
    expect(unknown).toEqual({ ok: false, message: '用户名或密码不正确', reason: 'unknown_user', userId: null });

    const messages: string[] = [];
    for (let i = 0; i < 4; i++) {
      const r = await login(db, { username: 'zhangsan', password: 'Wrong#2025', ...client }, at(2));
      if (!r.ok) messages.push(r.message);
    }
    expect(messages).toEqual([4, 3, 2, 1].map((n) => `用户名或密码不正确，再错 ${n} 次账户将被锁定30分钟`));
    const fifth = await login(db, { username: 'ZHANGSAN', password: 'Wrong#2025', ...client }, at(2));
    expect(fifth.ok).toBe(false);
    if (fifth.ok) return;
    expect(fifth.reason).toBe('locked');
    expect(fifth.message).toMatch(/^密码错误次数过多，账户已被锁定，请于 (\d+月\d+日 )?\d\d:\d\d 后再试，或请管理员解锁$/);
    expect(getUser(db, user.id)).toMatchObject({ lockedUntil: at(32), failedLogins: 0 });

    // Locked: even the right password is refused without being checked.
    const right = await login(db, { username: 'zhangsan', password: 'Fazhi@2025', ...client }, at(10));
    expect(right).toMatchObject({ ok: false, reason: 'locked', userId: user.id });
    expect(!right.ok && right.message).toMatch(/^账户已被锁定，请于 (\d+月\d+日 )?\d\d:\d\d 后再试，或请管理员解锁$/);

    unlockUser(db, user.id, at(11));
    const after = await login(db, { username: 'zhangsan', password: 'Fazhi@2025', ...client }, at(11));
    expect(after).toMatchObject({ ok: true, user: { id: user.id, failedLogins: 0, lockedUntil: null }, passwordStatus: { mustChange: true, expired: false } });
  });

  it('lets the user in once the lock has run out, with the full number of tries again', async () => {
    const db = store();
    const user = await createUser(db, CLERK, T0);
    for (let i = 0; i < 5; i++) recordLoginFailure(db, user.id, at(1), policy);
    expect(getUser(db, user.id)?.lockedUntil).toBe(at(31));
    expect(await login(db, { username: 'zhangsan', password: 'Fazhi@2025', ...client }, at(30))).toMatchObject({ ok: false, reason: 'locked' });
    const wrong = await login(db, { username: 'zhangsan', password: 'Wrong#2025', ...client }, at(31));
    expect(wrong).toMatchObject({ ok: false, message: '用户名或密码不正确，再错 4 次账户将被锁定30分钟' });
    expect(await login(db, { username: 'zhangsan', password: 'Fazhi@2025', ...client }, at(32))).toMatchObject({ ok: true });
    expect(getUser(db, user.id)).toMatchObject({ lockedUntil: null, failedLogins: 0 });
  });

  it('follows the stored policy, and names a disabled account only after the right password', async () => {
    const db = store();
    writeAuthPolicy(db, { ...policy, maxFailures: 3, lockMinutes: 10 }, T0);
    expect(readAuthPolicy(db).maxFailures).toBe(3);
    await createUser(db, ADMIN, T0);
    const user = await createUser(db, CLERK, T0);
    expect(await login(db, { username: 'zhangsan', password: 'Wrong#2025', ...client }, at(1))).toMatchObject({ message: '用户名或密码不正确，再错 2 次账户将被锁定10分钟' });
    updateUser(db, user.id, { disabled: true }, at(2));
    expect(await login(db, { username: 'zhangsan', password: 'Fazhi@2025', ...client }, at(3))).toEqual({ ok: false, message: '账户已停用，请联系管理员', reason: 'disabled', userId: user.id });
  });
});

describe('sessions', () => {
  it('stores only the hash of the token, touches at most every 30 s, and ends after 30 idle minutes', async () => {
    const db = store();
    const user = await createUser(db, CLERK, T0);
    const s = startSession(db, user.id, client, at(0), policy);
    expect(s.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(s.sessionId).toMatch(/^[0-9a-f]{64}$/);
    expect(s.expiresAt).toBe(at(12 * 60));
    expect(db.prepare('SELECT count(*) FROM sessions WHERE id = ? OR id = ?').pluck().get(s.token, s.sessionId)).toBe(1);
    expect(JSON.stringify(db.prepare('SELECT * FROM sessions').all())).not.toContain(s.token);

    const first = sessionFor(db, s.token, new Date(Date.parse(T0) + 10_000).toISOString(), policy);
    expect(first).toMatchObject({ session: { id: s.sessionId, lastSeenAt: at(0), ip: client.ip }, user: { id: user.id, role: 'entry', department: '法制科' } });
    expect(sessionFor(db, s.token, at(1), policy)).toMatchObject({ session: { lastSeenAt: at(1), idleExpiresAt: at(31) } });
    expect(sessionFor(db, s.token, at(31), policy)).toMatchObject({ session: { lastSeenAt: at(31) } });
    expect(sessionFor(db, s.token, at(62), policy)).toEqual({ ended: 'idle' });
    expect(sessionFor(db, s.token, at(63), policy)).toEqual({ ended: 'idle' });
    expect(sessionFor(db, 'not-a-token', at(63), policy)).toEqual({ ended: 'unknown' });
  });

  it('ends at the absolute limit however busy, on logout and on forced logout', async () => {
    const db = store();
    const user = await createUser(db, CLERK, T0);
    const busy = startSession(db, user.id, client, at(0), policy);
    for (let m = 20; m < 12 * 60; m += 20) expect(sessionFor(db, busy.token, at(m), policy)).toHaveProperty('session');
    expect(sessionFor(db, busy.token, at(12 * 60), policy)).toEqual({ ended: 'expired' });

    const a = startSession(db, user.id, client, at(1000), policy);
    const b = startSession(db, user.id, { ip: '192.168.1.50', userAgent: 'Firefox/115' }, at(1000), policy);
    const c = startSession(db, user.id, client, at(1000), policy);
    expect(listActiveSessions(db, at(1001), policy).map((x) => x.id).sort()).toEqual([a.sessionId, b.sessionId, c.sessionId].sort());
    expect(listActiveSessions(db, at(1001), policy)[0]).toMatchObject({ username: 'zhangsan', displayName: '张三', role: 'entry', department: '法制科', createdAt: at(1000) });
    expect(endSession(db, a.sessionId, 'logout', at(1002))).toBe(true);
    expect(endSession(db, a.sessionId, 'forced', at(1003))).toBe(false);
    expect(sessionFor(db, a.token, at(1003), policy)).toEqual({ ended: 'logout' });
    expect(endUserSessions(db, user.id, 'forced', at(1004))).toBe(2);
    expect(sessionFor(db, b.token, at(1005), policy)).toEqual({ ended: 'forced' });
    expect(listActiveSessions(db, at(1005), policy)).toEqual([]);
  });

  it("a password change ends the user's other sessions; an admin reset ends all of them and lifts a lock", async () => {
    const db = store();
    const user = await createUser(db, CLERK, T0);
    const here = startSession(db, user.id, client, at(0), policy);
    const there = startSession(db, user.id, client, at(0), policy);
    await setPassword(db, user.id, 'Changed#2025', at(1), { byAdmin: false, keepSessionId: here.sessionId });
    expect(sessionFor(db, there.token, at(2), policy)).toEqual({ ended: 'password_changed' });
    expect(sessionFor(db, here.token, at(2), policy)).toHaveProperty('session');

    for (let i = 0; i < 5; i++) recordLoginFailure(db, user.id, at(3), policy);
    const reset = await setPassword(db, user.id, 'Temporary#25', at(4), { byAdmin: true, keepSessionId: here.sessionId });
    expect(reset).toMatchObject({ mustChangePassword: true, lockedUntil: null, failedLogins: 0 });
    expect(sessionFor(db, here.token, at(5), policy)).toEqual({ ended: 'user_locked' });
    const relogin = await login(db, { username: 'zhangsan', password: 'Temporary#25', ...client }, at(6));
    expect(relogin).toMatchObject({ ok: true, passwordStatus: { mustChange: true } });
  });

  it("ends a disabled user's sessions at once, and sweeps idle ones", async () => {
    const db = store();
    await createUser(db, ADMIN, T0);
    const user = await createUser(db, CLERK, T0);
    const s = startSession(db, user.id, client, at(0), policy);
    const idle = startSession(db, user.id, client, at(0), policy);
    sessionFor(db, s.token, at(20), policy);
    expect(endStaleSessions(db, at(40), policy)).toBe(1);
    expect(sessionFor(db, idle.token, at(41), policy)).toEqual({ ended: 'idle' });
    updateUser(db, user.id, { disabled: true }, at(41));
    expect(sessionFor(db, s.token, at(42), policy)).toEqual({ ended: 'user_disabled' });
    expect(db.prepare('SELECT end_reason FROM sessions WHERE id = ?').pluck().get(s.sessionId)).toBe('user_disabled');
    // Role and 科室 are read afresh at every request.
    updateUser(db, user.id, { disabled: false, department: '办公室' }, at(43));
    const next = startSession(db, user.id, client, at(44), policy);
    updateUser(db, user.id, { role: 'reviewer', department: '' }, at(45));
    expect(sessionFor(db, next.token, at(46), policy)).toMatchObject({ user: { role: 'reviewer', department: '' } });
  });

  it('changes its own password only with the current one, keeping this session; a first admin may choose theirs', async () => {
    const db = store();
    const admin = await createUser(db, ADMIN, T0, { chosenByUser: true });
    expect(admin.mustChangePassword).toBe(false);
    const user = await createUser(db, CLERK, T0);
    const here = startSession(db, user.id, client, at(0), policy);
    const wrong = await refusal(changeOwnPassword(db, { userId: user.id, sessionId: here.sessionId, currentPassword: 'Guess#2025', newPassword: 'Mine#2025a' }, at(1)));
    expect(wrong.fields).toEqual({ currentPassword: '当前密码不正确，再错 4 次账户将被锁定' });
    const changed = await changeOwnPassword(db, { userId: user.id, sessionId: here.sessionId, currentPassword: 'Fazhi@2025', newPassword: 'Mine#2025a' }, at(2));
    expect(changed).toMatchObject({ mustChangePassword: false, passwordChangedAt: at(2) });
    expect(sessionFor(db, here.token, at(3), policy)).toHaveProperty('session');
  });
});
