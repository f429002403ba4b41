import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../electron/cli/fazhi';
import type { OpenApp } from '../../electron/open-app';
import type { HostController } from '../../electron/server/host-controller';
import { isOwnHostUrl, openAppWithSharing } from '../../electron/server/host-controller';
import { createUser } from '../../electron/store/user-store';
import type { SharingStatus } from '../../shared/domain/sharing';
import { AppError } from '../../shared/errors';
import { HostBrowser } from '../helpers/host-browser';
import { openTempApp, tempDir } from '../helpers/temp-app';
import { signIn } from '../helpers/web-session';

// 局域网共享 started from the program that holds the data folder (as fazhi web and the desktop
// window open it): host mode beside the window over real HTTP on 127.0.0.1, against a real store.

const PASSWORD = 'Fazhi#2025a';

const opened: { app: OpenApp; host: HostController }[] = [];
afterEach(async () => {
  for (const { app, host } of opened.splice(0)) {
    await host.stop();
    app.close();
  }
});

/** The app as `fazhi web` opens it, with an empty page to serve. */
function openAsWeb(): { app: OpenApp; host: HostController } {
  const rendererDir = tempDir('fazhi-renderer-');
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>法治台账</title>');
  const result = openAppWithSharing({ dataDir: tempDir(), shell: 'browser', allowRecovery: true, log: () => undefined }, rendererDir);
  opened.push(result);
  return result;
}

async function withAccounts(app: OpenApp): Promise<void> {
  // The first 管理员, as the 局域网共享 page's step 1 creates it.
  await app.registry.call('users.create', { username: 'wangzr', displayName: '王主任', role: 'admin', password: PASSWORD });
  await createUser(app.ctx.db, { username: 'zhangsan', displayName: '张三', role: 'entry', department: '办公室', password: PASSWORD }, app.ctx.now(), { chosenByUser: true });
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(err instanceof AppError)) throw new Error(`应被拒绝，却得到：${String(err)}`);
  return err;
}

async function isListening(url: string): Promise<boolean> {
  return fetch(`${url}auth/state`).then(
    () => true,
    () => false,
  );
}

describe('局域网共享 from the open app', () => {
  it('starts, shows who is connected, shuts the window out while running, stops, and resumes sessions', async () => {
    const { app } = openAsWeb();
    await withAccounts(app);
    const started: SharingStatus = await app.registry.call('sharing.start', { port: 0, host: '127.0.0.1' });
    expect(started).toMatchObject({ available: true, running: true, host: '127.0.0.1', secure: false, connected: [] });
    const port = started.port!;
    expect(port).toBeGreaterThan(0);
    expect(started.localUrl).toBe(`http://127.0.0.1:${port}/`);
    expect(started.addresses).toEqual([started.localUrl]);
    const url = started.localUrl!;

    const colleague = new HostBrowser(url, port);
    expect((await colleague.login('zhangsan', PASSWORD)).status).toBe(200);
    expect((await colleague.api('activities.list', {})).status).toBe(200);

    const status = await app.registry.call('sharing.status', {});
    expect(status.connected).toHaveLength(1);
    expect(status.connected[0]).toMatchObject({ displayName: '张三', username: 'zhangsan', role: 'entry', department: '办公室', current: false });
    expect(status.connected[0]!.ip).toMatch(/127\.0\.0\.1/);
    expect(status.connected[0]!.signedInAt).toEqual(expect.any(String));
    expect(status.connected[0]!.lastSeenAt).toEqual(expect.any(String));

    // The window is no back door while colleagues need accounts.
    const shut = await app.registry.invoke('activities.list', {});
    expect(shut).toEqual({ ok: false, error: { code: 'forbidden', message: `局域网共享已开启：本机也请在浏览器中打开 ${url} 用账户登录使用，或先停止共享。` } });
    expect((await app.registry.invoke('backup.list', {})).ok).toBe(false);
    expect((await app.registry.invoke('users.list', {})).ok).toBe(false);
    expect((await app.registry.invoke('app.info', {})).ok).toBe(true);
    expect((await app.registry.invoke('host.status', {})).ok).toBe(true);
    // Started once is enough.
    expect((await refusal(app.registry.call('sharing.start', { port: 0, host: '127.0.0.1' }))).message).toContain(`局域网共享已经开启（端口 ${port}）`);
    // A colleague, even the 管理员, neither sees nor stops it: it is the host's own desk's.
    const admin = new HostBrowser(url, port);
    expect((await admin.login('wangzr', PASSWORD)).status).toBe(200);
    expect((await admin.api('sharing.status')).status).toBe(403);
    expect((await admin.api('sharing.stop')).status).toBe(403);
    expect((await app.registry.call('sharing.status', {})).running).toBe(true);

    const stopped = await app.registry.call('sharing.stop', {});
    expect(stopped).toEqual({ available: true, running: false, host: null, port: null, addresses: [], localUrl: null, secure: false, connected: [] });
    expect(await isListening(url)).toBe(false);
    expect((await app.registry.invoke('activities.list', {})).ok).toBe(true);
    // Stopping twice is no error.
    expect((await app.registry.call('sharing.stop', {})).running).toBe(false);

    // Again on the same port: the session was kept, and the colleague's page goes on.
    const again = await app.registry.call('sharing.start', { port, host: '127.0.0.1' });
    expect(again.localUrl).toBe(url);
    const state = await colleague.state();
    expect(state.body).toMatchObject({ signedIn: true, user: { username: 'zhangsan' } });
    expect((await colleague.api('activities.list', {})).status).toBe(200);
    expect((await app.registry.call('sharing.status', {})).connected.map((s) => s.username).sort()).toEqual(['wangzr', 'zhangsan']);

    const log = fs.readFileSync(path.join(app.dataDir, 'logs', 'fazhi.log'), 'utf8');
    expect(log).toMatch(/主机模式已启动，127\.0\.0\.1 端口 \d+\n(.*\n)*.*主机模式已停止\n(.*\n)*.*主机模式已启动，127\.0\.0\.1 端口 \d+/);
  });

  it('refuses to start without an enabled 管理员, and listens on nothing', async () => {
    const { app } = openAsWeb();
    const err = await refusal(app.registry.call('sharing.start', { port: 0, host: '127.0.0.1' }));
    expect(err.code).toBe('conflict');
    expect(err.message).toBe('还没有启用的管理员账户，主机模式没有启动：没有管理员就无法管理同事的账户。请先在本页第1步创建管理员，再开启局域网共享。');
    expect((await app.registry.call('sharing.status', {})).running).toBe(false);
    // The window goes on as before.
    expect((await app.registry.invoke('activities.list', {})).ok).toBe(true);
  });

  it('a port in use and a bad port or address get Chinese answers for the page, nothing started', async () => {
    const { app } = openAsWeb();
    await withAccounts(app);
    const busy = http.createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const port = (busy.address() as { port: number }).port;
    try {
      const err = await refusal(app.registry.call('sharing.start', { port, host: '127.0.0.1' }));
      expect(err.code).toBe('conflict');
      expect(err.message).toBe(`端口 ${port} 已被其他程序占用（可能已经启动了一个法治台账主机）。请关闭占用它的程序，或换一个端口，例如 8081。`);
    } finally {
      await new Promise((resolve) => busy.close(resolve));
    }
    expect((await app.registry.call('sharing.status', {})).running).toBe(false);
    expect((await app.registry.invoke('activities.list', {})).ok).toBe(true);

    const badPort = await app.registry.invoke('sharing.start', { port: 70000 });
    expect(badPort).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { port: expect.stringContaining('不能大于65535') } } });
    const badHost = await app.registry.invoke('sharing.start', { port: 0, host: 'example.com' });
    expect(badHost).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { host: expect.stringContaining('应为本机的 IP 地址') } } });
    // 192.0.2.1 is a documentation address no machine here has.
    const absent = await refusal(app.registry.call('sharing.start', { port: 0, host: '192.0.2.1' }));
    expect(absent.message).toBe('本机没有地址“192.0.2.1”，请检查地址（不填则在本机所有网卡上提供服务）。');
    expect((await app.registry.call('sharing.status', {})).running).toBe(false);
  });

  it('a one-shot command cannot share, and says where to', async () => {
    const app = openTempApp();
    const err = await refusal(app.registry.call('sharing.start', { port: 0 }));
    expect(err.message).toContain('这个程序不能开启局域网共享');
    expect(await app.registry.call('sharing.status', {})).toMatchObject({ available: false, running: false });
  });
});

describe('the one link the desktop window hands to the system browser', () => {
  it('is the address of the running host, nothing else', () => {
    const running = { host: '0.0.0.0', port: 8080, url: 'http://127.0.0.1:8080/', secure: false };
    expect(isOwnHostUrl('http://127.0.0.1:8080/', running)).toBe(true);
    expect(isOwnHostUrl('http://127.0.0.1:8080/#/ledger', running)).toBe(true);
    expect(isOwnHostUrl('http://127.0.0.1:8080/', null)).toBe(false);
    for (const other of ['http://127.0.0.1:8081/', 'https://127.0.0.1:8080/', 'http://localhost:8080/', 'http://evil.example/', 'http://user:pw@127.0.0.1:8080/', 'file:///etc/passwd', 'javascript:alert(1)', 'not a url']) {
      expect(isOwnHostUrl(other, running), other).toBe(false);
    }
  });
});

describe('fazhi web with 局域网共享', () => {
  const before = new Set([...process.listeners('SIGINT'), ...process.listeners('SIGTERM')]);
  afterEach(() => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      for (const listener of process.listeners(signal)) if (!before.has(listener)) process.off(signal, listener);
    }
  });

  it('starts sharing from the page, and Ctrl+C stops the host before the store closes', async () => {
    const data = tempDir();
    const setup = openTempApp(data);
    await withAccounts(setup);
    setup.close();
    const out: string[] = [];
    const running = runCli(['web', '--data', data, '--port', '0'], { out: (l) => out.push(l), err: () => undefined });
    await vi.waitFor(() => expect(out.join('\n')).toContain('按 Ctrl+C 退出。'));
    const address = /法治台账浏览器模式已启动：(http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(out.join('\n'))?.[1];
    expect(address).toBeDefined();
    const cookie = await signIn({ address: address! });
    const base = address!.replace(/\?token=.*$/, '');
    const post = async (op: string, input: unknown) => {
      const res = await fetch(`${base}api/${op}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Cookie: cookie }, body: JSON.stringify(input) });
      return (await res.json()) as { ok: boolean; data?: SharingStatus; error?: { message: string } };
    };
    const started = await post('sharing.start', { port: 0, host: '127.0.0.1' });
    expect(started.ok).toBe(true);
    const url = started.data!.localUrl!;
    expect(await isListening(url)).toBe(true);
    const shut = await post('unit.get', {});
    expect(shut.error?.message).toBe(`局域网共享已开启：本机也请在浏览器中打开 ${url} 用账户登录使用，或先停止共享。`);

    process.emit('SIGINT', 'SIGINT');
    expect(await running).toBe(0);
    expect(await isListening(url)).toBe(false);
    const log = fs.readFileSync(path.join(data, 'logs', 'fazhi.log'), 'utf8');
    expect(log).toMatch(/主机模式已启动，127\.0\.0\.1 端口 \d+\n(.*\n)*.*主机模式已停止\n(.*\n)*.*浏览器模式已停止\n.*关闭数据：已写回数据文件/);
  });
});
