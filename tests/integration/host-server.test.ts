import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HostServer } from '../../electron/server/host-server';
import { startHostServer } from '../../electron/server/host-server';
import { lanAddresses } from '../../electron/server/host-addresses';
import { startStaleSessionTimer } from '../../electron/server/host-stale-sessions';
import { login } from '../../electron/auth/login';
import type { OpenApp } from '../../electron/open-app';
import { listAudit } from '../../electron/store/audit-store';
import { readAuthPolicy, writeAuthPolicy } from '../../electron/store/auth-policy-store';
import { unlockUser } from '../../electron/store/login-attempts-store';
import { endSession, listActiveSessions, sessionIdOf } from '../../electron/store/session-store';
import { createUser, findUserByUsername, updateUser } from '../../electron/store/user-store';
import type { Role } from '../../shared/auth/roles';
import { SESSION_END_MESSAGES } from '../../shared/auth/session-end';
import { HostBrowser } from '../helpers/host-browser';
import { openTempApp, tempDir } from '../helpers/temp-app';

// Host mode over real HTTP on 127.0.0.1, against a real store: accounts, sessions and their ends,
// the gates in front of the API (password first, version, foreign pages), and the registry acting
// as each signed-in colleague.

const PASSWORD = 'Fazhi#2025a';
const MINUTE = 60_000;

const servers: HostServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});

interface Host {
  app: OpenApp;
  server: HostServer;
  /** Moves the app's clock on. */
  advance(ms: number): void;
  browser(): HostBrowser;
  /** A user whose password needs no change (chosen by themselves), unless mustChange. */
  addUser(username: string, role: Role, department?: string, mustChange?: boolean): Promise<void>;
  signedIn(username: string): Promise<HostBrowser>;
}

async function host(): Promise<Host> {
  let clock = Date.parse('2025-06-02T01:00:00.000Z');
  const app = openTempApp(tempDir(), () => new Date(clock).toISOString());
  const rendererDir = tempDir('fazhi-renderer-');
  // With the build's menu (scripts/prerender-shell-plugin.mjs): kept here, left out by the host.
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>法治台账</title><body><!-- static-shell --><div id="static-shell">台账</div><!-- /static-shell --><div id="root"></div>');
  const server = await startHostServer({ registry: app.registry, appContext: app.liveContext, rendererDir, host: '127.0.0.1', port: 0 });
  servers.push(server);
  const browser = () => new HostBrowser(server.url, server.port);
  return {
    app,
    server,
    advance: (ms) => (clock += ms),
    browser,
    async addUser(username, role, department = '', mustChange = false) {
      await createUser(app.ctx.db, { username, displayName: username, role, department, password: PASSWORD }, app.ctx.now(), { chosenByUser: !mustChange });
    },
    async signedIn(username) {
      const b = browser();
      const reply = await b.login(username, PASSWORD);
      if (reply.status !== 200) throw new Error(`${username} 没能登录：${JSON.stringify(reply.body)}`);
      return b;
    },
  };
}

function sessionOf(b: HostBrowser): string {
  const token = b.token();
  if (!token) throw new Error('no session cookie');
  return sessionIdOf(token);
}

describe('host mode: signing in', () => {
  it('serves the page to anyone, answers the API only to signed-in users, several at once', async () => {
    const h = await host();
    await h.addUser('wangzr', 'admin');
    await h.addUser('lisi', 'reviewer');
    const stranger = h.browser();
    const page = await stranger.send('GET', '/');
    expect(page.status).toBe(200);
    // The sign-in screen comes first on the host: no menu from the build before it.
    expect(page.body).toBe('<!doctype html><title>法治台账</title><body><div id="root"></div>');
    expect((await stranger.state()).body).toEqual({ mode: 'host', version: h.app.ctx.version, signedIn: false });
    const refused = await stranger.api('unit.get');
    expect(refused.status).toBe(401);
    expect(refused.body).toEqual({ ok: false, error: { code: 'not_signed_in', message: '请先登录后再操作' } });
    expect((await stranger.send('GET', '/files/00000000-0000-4000-8000-000000000000')).status).toBe(401);

    const admin = h.browser();
    const login = await admin.login('wangzr', PASSWORD);
    expect(login.status).toBe(200);
    expect(login.setCookie).toMatch(new RegExp(`^fazhi_host_${h.server.port}=[A-Za-z0-9_-]{43}; Path=/; HttpOnly; SameSite=Strict$`));
    expect(login.body).toMatchObject({
      mode: 'host',
      signedIn: true,
      user: { username: 'wangzr', displayName: 'wangzr', role: 'admin', department: '' },
      passwordStatus: { mustChange: false },
      idleMinutes: 30,
      warnBeforeMinutes: 5,
      idleExpiresAt: '2025-06-02T01:30:00.000Z',
      expiresAt: '2025-06-02T13:00:00.000Z',
      passwordRule: expect.stringMatching(/^密码至少8位/),
    });
    const reviewer = await h.signedIn('lisi');
    expect((await admin.state()).body.user.username).toBe('wangzr');
    expect((await reviewer.state()).body.user.username).toBe('lisi');
    expect((await reviewer.api('unit.get')).status).toBe(200);
    // The registry's role check, as the signed-in user: a 审核员 does not change the unit's profile.
    const profile = await reviewer.api('unit.update', { name: '某某市司法局' });
    expect(profile.status).toBe(403);
    expect(profile.body.error.code).toBe('forbidden');

    const out = await admin.send('POST', '/auth/logout', {});
    expect(out.status).toBe(200);
    expect(out.body).toEqual({ mode: 'host', version: h.app.ctx.version, signedIn: false });
    expect(out.setCookie).toContain('Max-Age=0');
    expect(admin.cookie).toBeNull();
    expect((await reviewer.api('unit.get')).status).toBe(200);
  });

  it('tells the old cookie of a signed-out browser why it is refused', async () => {
    const h = await host();
    await h.addUser('lisi', 'reviewer');
    const b = await h.signedIn('lisi');
    const cookie = b.cookie;
    await b.send('POST', '/auth/logout', {});
    b.cookie = cookie;
    const after = await b.api('unit.get');
    expect(after.status).toBe(401);
    expect(after.body.error).toEqual({ code: 'not_signed_in', message: SESSION_END_MESSAGES.logout });
    expect((await b.state()).body).toEqual({ mode: 'host', version: h.app.ctx.version, signedIn: false, reason: SESSION_END_MESSAGES.logout });
  });

  it('counts wrong passwords, locks after 5, and lets the user in once unlocked', async () => {
    const h = await host();
    await h.addUser('zhangsan', 'entry', '办公室');
    const b = h.browser();
    const first = await b.login('zhangsan', 'Wrong#2025a');
    expect(first.status).toBe(400);
    expect(first.body).toEqual({ ok: false, error: { code: 'forbidden', message: '用户名或密码不正确，再错 4 次账户将被锁定30分钟' } });
    expect(b.cookie).toBeNull();
    for (let i = 0; i < 3; i++) await b.login('zhangsan', 'Wrong#2025a');
    const fifth = await b.login('zhangsan', 'Wrong#2025a');
    expect(fifth.body.error.message).toMatch(/^密码错误次数过多，账户已被锁定，请于 (\d+月\d+日 )?\d\d:\d\d 后再试，或请管理员解锁$/);
    const locked = await b.login('zhangsan', PASSWORD);
    expect(locked.status).toBe(400);
    expect(locked.body.error.message).toMatch(/^账户已被锁定，请于/);
    const unknown = await b.login('nobody', PASSWORD);
    expect(unknown.body.error.message).toBe('用户名或密码不正确');

    unlockUser(h.app.ctx.db, findUserByUsername(h.app.ctx.db, 'zhangsan')!.id, h.app.ctx.now());
    expect((await b.login('zhangsan', PASSWORD)).status).toBe(200);
    expect((await b.state()).body.signedIn).toBe(true);
  });

  it('answers a sign-in without its fields, or not as JSON, like the API', async () => {
    const h = await host();
    const b = h.browser();
    const empty = await b.send('POST', '/auth/login', { username: '', password: '' });
    expect(empty.status).toBe(400);
    expect(empty.body.error).toMatchObject({ code: 'invalid_input', fields: { username: '用户名：不能为空', password: '密码：不能为空' } });
    expect((await b.send('POST', '/auth/login', 'username=a', { 'Content-Type': 'application/x-www-form-urlencoded' })).status).toBe(415);
    expect((await b.send('POST', '/auth/login', '{oops')).body.error.message).toBe('请求内容不是有效的 JSON。');
    expect((await b.send('GET', '/auth/login')).status).toBe(405);
    expect((await b.send('POST', '/auth/whatever', {})).status).toBe(404);
  });

  it('writes audit rows for a sign-in, a failed one and a sign-out, with the address', async () => {
    const h = await host();
    await h.addUser('lisi', 'reviewer');
    const b = h.browser();
    await b.login('lisi', 'Wrong#2025a');
    await b.login('nobody', PASSWORD);
    await b.login('lisi', PASSWORD);
    await b.send('POST', '/auth/logout', {});
    const rows = listAudit(h.app.ctx.db, {}).items.filter((r) => r.operation.startsWith('auth.')).reverse();
    const lisi = findUserByUsername(h.app.ctx.db, 'lisi')!.id;
    expect(rows.map((r) => [r.operation, r.username, r.userId, r.success, r.ip])).toEqual([
      ['auth.login', 'lisi', lisi, false, '127.0.0.1'],
      ['auth.login', 'nobody', '', false, '127.0.0.1'],
      ['auth.login', 'lisi', lisi, true, '127.0.0.1'],
      ['auth.logout', 'lisi', lisi, true, '127.0.0.1'],
    ]);
    expect(rows[0]!.object).toBe('用户名=lisi');
    expect(rows[0]!.detail).toBe('无权操作：用户名或密码不正确，再错 4 次账户将被锁定30分钟');
    expect(JSON.stringify(rows)).not.toContain(PASSWORD);
  });
});

describe('host mode: sessions end', () => {
  it('when left idle; asking the state is not activity, an API call is', async () => {
    const h = await host();
    await h.addUser('lisi', 'reviewer');
    const idle = await h.signedIn('lisi');
    const busy = await h.signedIn('lisi');
    h.advance(20 * MINUTE);
    expect((await idle.state()).body.signedIn).toBe(true);
    expect((await busy.api('unit.get')).status).toBe(200);
    expect((await busy.state()).body.idleExpiresAt).toBe('2025-06-02T01:50:00.000Z');
    h.advance(11 * MINUTE);
    const late = await idle.api('unit.get');
    expect(late.status).toBe(401);
    expect(late.body.error).toEqual({ code: 'not_signed_in', message: SESSION_END_MESSAGES.idle });
    expect((await idle.state()).body).toMatchObject({ signedIn: false, reason: SESSION_END_MESSAGES.idle });
    expect((await busy.api('unit.get')).status).toBe(200);
  });

  it('at the absolute end, however busy', async () => {
    const h = await host();
    writeAuthPolicy(h.app.ctx.db, { ...readAuthPolicy(h.app.ctx.db), sessionHours: 1, idleMinutes: 240 }, h.app.ctx.now());
    await h.addUser('lisi', 'reviewer');
    const b = await h.signedIn('lisi');
    expect((await b.state()).body.expiresAt).toBe('2025-06-02T02:00:00.000Z');
    for (const step of [20, 20, 19]) {
      h.advance(step * MINUTE);
      expect((await b.api('unit.get')).status).toBe(200);
    }
    h.advance(1 * MINUTE);
    expect((await b.api('unit.get')).body.error).toEqual({ code: 'not_signed_in', message: SESSION_END_MESSAGES.expired });
  });

  it('at the next request after the administrator forces it out, leaving the user\'s other browsers', async () => {
    const h = await host();
    await h.addUser('lisi', 'reviewer');
    const office = await h.signedIn('lisi');
    const meetingRoom = await h.signedIn('lisi');
    endSession(h.app.ctx.db, sessionOf(office), 'forced', h.app.ctx.now());
    const after = await office.api('unit.get');
    expect(after.status).toBe(401);
    expect(after.body.error.message).toBe('管理员已让您退出登录，请重新登录');
    expect((await meetingRoom.api('unit.get')).status).toBe(200);
  });

  it('and a disabled user\'s old cookie is refused', async () => {
    const h = await host();
    await h.addUser('wangzr', 'admin');
    await h.addUser('lisi', 'reviewer');
    const b = await h.signedIn('lisi');
    const cookie = b.cookie;
    updateUser(h.app.ctx.db, findUserByUsername(h.app.ctx.db, 'lisi')!.id, { disabled: true }, h.app.ctx.now());
    b.cookie = cookie;
    const after = await b.api('unit.get');
    expect(after.status).toBe(401);
    expect(after.body.error.message).toBe(SESSION_END_MESSAGES.user_disabled);
    expect((await b.login('lisi', PASSWORD)).body.error.message).toBe('账户已停用，请联系管理员');
  });
});

describe('host mode: the minute timer', () => {
  it('ends sessions left idle even when their browser never comes back, until stopped', async () => {
    let clock = Date.parse('2025-06-02T01:00:00.000Z');
    const app = openTempApp(tempDir(), () => new Date(clock).toISOString());
    await createUser(app.ctx.db, { username: 'lisi', displayName: '李四', role: 'reviewer', department: '', password: PASSWORD }, app.ctx.now(), { chosenByUser: true });
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const timer = startStaleSessionTimer(app.liveContext);
      const signedIn = await login(app.ctx.db, { username: 'lisi', password: PASSWORD, ip: '127.0.0.1', userAgent: 'test' }, app.ctx.now());
      expect(signedIn.ok).toBe(true);
      clock += 31 * MINUTE;
      vi.advanceTimersByTime(60_000);
      const reason = app.ctx.db.prepare('SELECT end_reason FROM sessions').pluck().get();
      expect(reason).toBe('idle');
      expect(listActiveSessions(app.ctx.db, app.ctx.now(), readAuthPolicy(app.ctx.db))).toEqual([]);
      timer.stop();
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('host mode: gates in front of the API', () => {
  it('asks for a new password first, then lets the user work', async () => {
    const h = await host();
    await h.addUser('lisi', 'reviewer', '', true);
    const b = h.browser();
    const login = await b.login('lisi', PASSWORD);
    expect(login.body.passwordStatus).toMatchObject({ mustChange: true });
    const refused = await b.api('unit.get');
    expect(refused.status).toBe(403);
    expect(refused.body.error).toEqual({ code: 'password_change_required', message: '首次登录或密码已过期，请先修改密码' });
    expect((await b.send('POST', '/upload?name=a.pdf', 'x', { 'Content-Type': 'application/pdf' })).status).toBe(403);
    expect((await b.api('app.info')).status).toBe(200);

    const wrong = await b.send('POST', '/auth/password', { currentPassword: 'Wrong#2025a', newPassword: 'Newer#2025b' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.message).toBe('当前密码不正确，再错 4 次账户将被锁定');
    const same = await b.send('POST', '/auth/password', { currentPassword: PASSWORD, newPassword: PASSWORD });
    expect(same.status).toBe(400);
    expect(Object.keys(same.body.error.fields)).toEqual(['newPassword']);
    const changed = await b.send('POST', '/auth/password', { currentPassword: PASSWORD, newPassword: 'Newer#2025b' });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ signedIn: true, passwordStatus: { mustChange: false } });
    expect((await b.api('unit.get')).status).toBe(200);
    const rows = listAudit(h.app.ctx.db, { operation: 'auth.password' }).items.map((r) => r.success);
    expect(rows).toEqual([true, false, false]);
    expect((await h.browser().send('POST', '/auth/password', { currentPassword: 'a', newPassword: 'b' })).status).toBe(401);
  });

  it('refuses a page of another version with 409, before doing anything', async () => {
    const h = await host();
    await h.addUser('lisi', 'reviewer');
    const b = await h.signedIn('lisi');
    const version = h.app.ctx.version;
    const old = await b.api('activities.create', { date: '2025-05-19', categoryId: 1, title: '旧页面提交的' }, { 'X-Fazhi-Version': '0.0.1' });
    expect(old.status).toBe(409);
    expect(old.body.error).toEqual({
      code: 'version_mismatch',
      message: `本页面的版本（0.0.1）与主机上的法治台账（${version}）不一致，请按 F5 刷新页面后再操作，刚才的操作没有保存。`,
    });
    expect((await b.api('activities.list', { year: 2025 })).body.data.total).toBe(0);
    expect((await b.api('activities.list', { year: 2025 }, { 'X-Fazhi-Version': version })).status).toBe(200);
    expect((await b.state({ 'X-Fazhi-Version': '0.0.1' })).body.version).toBe(version);
  });

  it('refuses requests from another site\'s page, but not the host\'s own', async () => {
    const h = await host();
    await h.addUser('lisi', 'reviewer');
    const b = await h.signedIn('lisi');
    const foreign = await b.api('unit.get', {}, { Origin: 'http://evil.example' });
    expect(foreign.status).toBe(403);
    expect(foreign.body.error.code).toBe('forbidden');
    expect((await b.send('POST', '/auth/login', { username: 'lisi', password: PASSWORD }, { Origin: 'http://192.168.1.9:8080' })).status).toBe(403);
    expect((await b.send('GET', '/files/00000000-0000-4000-8000-000000000000', undefined, { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await b.api('unit.get', {}, { Origin: `http://127.0.0.1:${h.server.port}` })).status).toBe(200);
    expect((await b.api('unit.get', {}, { Origin: `https://127.0.0.1:${h.server.port}` })).status).toBe(403);
  });

  it('handles a body that is not JSON, too large or sent by GET as the local server does', async () => {
    const h = await host();
    await h.addUser('lisi', 'reviewer');
    const b = await h.signedIn('lisi');
    expect((await b.send('POST', '/api/unit.get', '{}', { 'Content-Type': 'text/plain' })).status).toBe(415);
    expect((await b.send('POST', '/api/unit.get', '{oops')).body.error.message).toBe('请求内容不是有效的 JSON。');
    expect((await b.send('GET', '/api/unit.get')).status).toBe(405);
    const big = await b.send('POST', '/api/unit.get', JSON.stringify({ pad: 'x'.repeat(11 * 1024 * 1024) }));
    expect(big.status).toBe(413);
    expect(big.body.error.message).toContain('10 MB');
    expect((await b.api('no.such')).status).toBe(400);
    expect((await b.send('POST', '/api/bad name', {})).status).toBe(404);
  });

  it('holds a 录入员 to their own 科室 for an entry named by id', async () => {
    const h = await host();
    await h.addUser('zhangsan', 'entry', '办公室');
    const other = await h.app.registry.call('activities.create', { date: '2025-03-15', categoryId: 1, title: '法规科内部学法', department: '法规科' });
    const clerk = await h.signedIn('zhangsan');
    const refused = await clerk.api('activities.get', { id: other.id });
    expect(refused.status).toBe(403);
    expect(refused.body.error).toEqual({ code: 'forbidden', message: '这条台账属于“法规科”，录入员只能处理本科室（办公室）的台账' });
    const made = await clerk.api('activities.create', { date: '2025-04-01', categoryId: 1, title: '办公室集体学法' });
    expect(made.status).toBe(200);
    expect(made.body.data.department).toBe('办公室');
    expect((await clerk.api('activities.get', { id: made.body.data.id })).status).toBe(200);
    // The registry's audit row names the colleague and their address.
    const row = listAudit(h.app.ctx.db, { operation: 'activities.create' }).items[0]!;
    expect(row).toMatchObject({ username: 'zhangsan', ip: '127.0.0.1', success: true });
  });
});

describe('host addresses', () => {
  it('lists every non-internal IPv4 address for colleagues', () => {
    const found = lanAddresses(8080, false, {
      lo: [{ address: '127.0.0.1', netmask: '255.0.0.0', family: 'IPv4', mac: '00:00:00:00:00:00', internal: true, cidr: '127.0.0.1/8' }],
      eth0: [
        { address: '192.168.1.5', netmask: '255.255.255.0', family: 'IPv4', mac: '02:00:00:00:00:01', internal: false, cidr: '192.168.1.5/24' },
        { address: 'fe80::1', netmask: 'ffff:ffff:ffff:ffff::', family: 'IPv6', mac: '02:00:00:00:00:01', internal: false, cidr: 'fe80::1/64', scopeid: 2 },
      ],
      wlan0: [{ address: '10.0.0.8', netmask: '255.0.0.0', family: 'IPv4', mac: '02:00:00:00:00:02', internal: false, cidr: '10.0.0.8/8' }],
    });
    expect(found).toEqual(['http://192.168.1.5:8080/', 'http://10.0.0.8:8080/']);
    expect(lanAddresses(8443, true, {})).toEqual([]);
  });
});
