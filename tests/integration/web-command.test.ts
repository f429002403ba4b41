import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../electron/cli/fazhi';
import { tempDir } from '../helpers/temp-app';

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

describe('fazhi web', () => {
  it('logs start and stop, and closes the data file on Ctrl+C', async () => {
    const data = tempDir();
    const { out, io: streams } = io();
    const running = runCli(['web', '--data', data], streams);
    await vi.waitFor(() => expect(out.join('\n')).toMatch(/已启动：http:\/\/127\.0\.0\.1:\d+\//));
    process.emit('SIGINT', 'SIGINT');
    expect(await running).toBe(0);
    expect(process.listeners('SIGTERM').filter((l) => !before.has(l))).toEqual([]);
    const log = fs.readFileSync(path.join(data, 'logs', 'fazhi.log'), 'utf8');
    expect(log).toMatch(/打开数据：法治台账 .*（browser，/);
    expect(log).toMatch(/浏览器模式已启动，端口 \d+\n.*浏览器模式已停止\n.*关闭数据：已写回数据文件/);
  });

  it('prints the address with this launch\'s token, which signs a browser in, and never writes the token to the log', async () => {
    const data = tempDir();
    const { out, io: streams } = io();
    const running = runCli(['web', '--data', data], streams);
    await vi.waitFor(() => expect(out.join('\n')).toMatch(/已启动：http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{43}\n/));
    const address = /已启动：(\S+)/.exec(out.join('\n'))![1] as string;
    const token = new URL(address).searchParams.get('token') as string;
    expect(out.join('\n')).toContain('请在浏览器中打开上面这个完整的地址');
    const root = address.slice(0, address.indexOf('?'));
    expect((await fetch(`${root}api/unit.get`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })).status).toBe(401);
    const traded = await fetch(address, { redirect: 'manual' });
    expect(traded.status).toBe(303);
    const cookie = (traded.headers.get('set-cookie') ?? '').split(';')[0] as string;
    const unit = await fetch(`${root}api/unit.get`, { method: 'POST', headers: { 'Content-Type': 'application/json', Cookie: cookie }, body: '{}' });
    expect(unit.status).toBe(200);
    process.emit('SIGINT', 'SIGINT');
    expect(await running).toBe(0);
    expect(fs.readFileSync(path.join(data, 'logs', 'fazhi.log'), 'utf8')).not.toContain(token);
  });

  it('a port in use gets a Chinese answer, a log line, and the data file closed', async () => {
    const busy = http.createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const port = (busy.address() as { port: number }).port;
    try {
      const data = tempDir();
      const { err, io: streams } = io();
      expect(await runCli(['web', '--data', data, '--port', String(port)], streams)).toBe(1);
      expect(err.join('\n')).toContain(`端口 ${port} 已被其他程序占用`);
      const log = fs.readFileSync(path.join(data, 'logs', 'fazhi.log'), 'utf8');
      expect(log).toMatch(/WARN .*浏览器模式未能启动：EADDRINUSE\n.*关闭数据：已写回数据文件/);
    } finally {
      await new Promise((resolve) => busy.close(resolve));
    }
  });
});
