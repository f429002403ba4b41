import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../electron/cli/fazhi';
import { openApp } from '../../electron/open-app';
import { LOCK_FILE, parseLockHolder } from '../../electron/store/folder-lock/lock-holder';
import { createUser } from '../../electron/store/user-store';
import { tempDir } from '../helpers/temp-app';

// fazhi serve on a real data folder, in this process (as web-command.test.ts runs fazhi web).

const before = new Set([...process.listeners('SIGINT'), ...process.listeners('SIGTERM')]);
afterEach(() => {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    for (const listener of process.listeners(signal)) if (!before.has(listener)) process.off(signal, listener);
  }
});

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) } };
}

async function withAdmin(dir: string): Promise<void> {
  const app = openApp({ dataDir: dir, shell: 'cli', log: () => undefined });
  try {
    await createUser(app.ctx.db, { username: 'wangzr', displayName: '王主任', role: 'admin', department: '', password: 'Fazhi#2025a' }, app.ctx.now(), { chosenByUser: true });
  } finally {
    app.close();
  }
}

describe('fazhi serve', () => {
  it('refuses to start without an enabled 管理员, naming the command to run', async () => {
    const data = tempDir();
    const { out, err, io: streams } = io();
    expect(await runCli(['serve', '--data', data, '--host', '127.0.0.1', '--port', '0'], streams)).toBe(2);
    expect(out).toEqual([]);
    expect(err.join('\n')).toContain('还没有启用的管理员账户，主机模式没有启动');
    expect(err.join('\n')).toContain(`请先在主机上运行 fazhi users add 用户名 --name 姓名 --role admin 创建管理员（加上 --data ${data}）`);
    // The folder was let go: another program may open it at once.
    openApp({ dataDir: data, shell: 'cli', log: () => undefined }).close();
  });

  it('prints where to connect, holds the data folder, and stops on Ctrl+C', async () => {
    const data = tempDir();
    await withAdmin(data);
    const { out, io: streams } = io();
    const running = runCli(['serve', '--data', data, '--host', '127.0.0.1', '--port', '0'], streams);
    await vi.waitFor(() => expect(out.join('\n')).toContain('按 Ctrl+C 退出。'));
    const text = out.join('\n');
    expect(text).toMatch(/法治台账主机模式已启动，端口 \d+。/);
    const address = /^ {2}(http:\/\/127\.0\.0\.1:\d+\/)$/m.exec(text)?.[1];
    expect(address).toBeDefined();
    expect(text).toContain(`数据文件夹：${data}`);
    expect(text).toContain('未启用 HTTPS');
    const state = await fetch(`${address}auth/state`);
    expect(await state.json()).toMatchObject({ mode: 'host', signedIn: false });
    const lock = path.join(data, LOCK_FILE);
    expect(parseLockHolder(fs.readFileSync(lock, 'utf8'))).toMatchObject({ pid: process.pid, kind: 'browser' });
    process.emit('SIGINT', 'SIGINT');
    expect(await running).toBe(0);
    expect(fs.existsSync(lock)).toBe(false);
    const log = fs.readFileSync(path.join(data, 'logs', 'fazhi.log'), 'utf8');
    expect(log).toMatch(/主机模式已启动，127\.0\.0\.1 端口 \d+\n.*主机模式已停止\n.*关闭数据：已写回数据文件/);
  });

  it('a port in use, a bad port and a missing certificate get Chinese answers', async () => {
    const data = tempDir();
    await withAdmin(data);
    const busy = http.createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const port = (busy.address() as { port: number }).port;
    try {
      const inUse = io();
      expect(await runCli(['serve', '--data', data, '--host', '127.0.0.1', '--port', String(port)], inUse.io)).toBe(1);
      expect(inUse.err.join('\n')).toContain(`端口 ${port} 已被其他程序占用`);
    } finally {
      await new Promise((resolve) => busy.close(resolve));
    }
    const badPort = io();
    expect(await runCli(['serve', '--data', data, '--port', 'abc'], badPort.io)).toBe(2);
    expect(badPort.err.join('\n')).toContain('端口“abc”不正确');
    const halfTls = io();
    expect(await runCli(['serve', '--data', data, '--cert', 'a.crt'], halfTls.io)).toBe(2);
    expect(halfTls.err.join('\n')).toContain('同时给出 --cert 证书文件 和 --key 私钥文件');
    const missing = io();
    const cert = path.join(data, 'none.crt');
    expect(await runCli(['serve', '--data', data, '--host', '127.0.0.1', '--port', '0', '--cert', cert, '--key', cert], missing.io)).toBe(2);
    expect(missing.err.join('\n')).toBe(`找不到证书文件“${cert}”。请检查 --cert 后面的路径。`);
    // Each refusal let the folder go.
    openApp({ dataDir: data, shell: 'cli', log: () => undefined }).close();
  });
});
