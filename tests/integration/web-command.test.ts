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
