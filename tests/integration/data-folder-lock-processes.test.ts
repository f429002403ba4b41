import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../electron/store/migrations';
import { LOCK_FILE } from '../../electron/store/folder-lock/lock-holder';
import type { ServerProcess } from '../helpers/cli-process';
import { writeXlsx } from '../helpers/ledger-files';
import { bundleCli, runCliProcess, startServerProcess } from '../helpers/cli-process';
import { openTempApp, tempDir } from '../helpers/temp-app';

// Real processes on one data folder, as a user gets them: two `fazhi web` windows, a CLI command
// beside a running server. In one process the lock is shared, so only separate processes show it.

let cli: Awaited<ReturnType<typeof bundleCli>>;
beforeAll(async () => {
  cli = await bundleCli();
}, 60_000);
afterAll(() => cli.remove());

const servers: ServerProcess[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGKILL');
    await server.exited;
  }
});

async function server(data: string): Promise<ServerProcess> {
  const started = await startServerProcess(cli.file, data);
  servers.push(started);
  return started;
}

/** A folder with a unit and one entry, made by the CLI itself (so the folder is what that build writes). */
async function seededFolder(): Promise<string> {
  const data = tempDir();
  expect((await runCliProcess(cli.file, ['unit', '--name', '某区司法局', '--data', data])).code).toBe(0);
  const sheet = await writeXlsx(path.join(tempDir(), '台账.xlsx'), [['日期', '类别', '事项标题', '内容摘要'], ['2024-03-15', '普法', '宪法宣传', '开展宪法宣传']]);
  expect((await runCliProcess(cli.file, ['import', sheet, '--data', data])).code).toBe(0);
  return data;
}

function lockPid(data: string): number | null {
  const file = path.join(data, LOCK_FILE);
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as { pid: number }).pid : null;
}

function unitName(data: string): string {
  const app = openTempApp(data);
  try {
    return app.ctx.db.prepare('SELECT name FROM unit_profile').pluck().get() as string;
  } finally {
    app.close();
  }
}

describe('one writer per data folder, across processes', () => {
  it('refuses a second server and a writing command while a server holds the folder, naming it; viewing commands still work', async () => {
    const data = await seededFolder();
    const first = await server(data);
    const pid = first.child.pid!;
    const holder = new RegExp(`数据文件夹正被另一个法治台账程序使用（浏览器模式，进程 ${pid}，本机，自 \\d+月\\d+日 \\d\\d:\\d\\d 起）。请先关闭它`);

    const second = await runCliProcess(cli.file, ['web', '--data', data], 20_000);
    expect(second.code).toBe(1);
    expect(second.err).toMatch(holder);
    expect(second.out).not.toContain('已启动');

    const rename = await runCliProcess(cli.file, ['unit', '--name', '另一个单位', '--data', data]);
    expect(rename.code).toBe(1);
    expect(rename.err).toMatch(holder);

    const info = await runCliProcess(cli.file, ['info', '--data', data]);
    expect(info.err).toBe('');
    expect(info.code).toBe(0);
    expect(info.out).toContain(`数据版本 ${LATEST_SCHEMA_VERSION}`);
    const check = await runCliProcess(cli.file, ['check', '--data', data]);
    expect(check.code).toBe(0);
    expect(check.out).toContain('数据文件完好');
    const out = path.join(tempDir(), '导出2024.xlsx');
    const exported = await runCliProcess(cli.file, ['export', '--year', '2024', '--out', out, '--data', data]);
    expect(exported.err).toBe('');
    expect(exported.code).toBe(0);
    expect(exported.out).toContain('已导出 1 条');
    // The viewing commands took nothing: the server still holds the folder.
    expect(lockPid(data)).toBe(pid);

    // Ctrl+C / SIGTERM releases the folder, and the writing command then goes through.
    first.child.kill('SIGTERM');
    expect((await first.exited).code).toBe(0);
    expect(lockPid(data)).toBeNull();
    expect(unitName(data)).toBe('某区司法局');
    const renamed = await runCliProcess(cli.file, ['unit', '--name', '另一个单位', '--data', data]);
    expect(renamed.err).toBe('');
    expect(renamed.code).toBe(0);
    expect(lockPid(data)).toBeNull();
    expect(unitName(data)).toBe('另一个单位');
  }, 120_000);

  it('a holder killed with SIGKILL leaves a lock that the next start finds stale and takes over', async () => {
    const data = await seededFolder();
    const first = await server(data);
    first.child.kill('SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');
    expect(lockPid(data)).toBe(first.child.pid);

    const next = await server(data);
    expect(lockPid(data)).toBe(next.child.pid);
    // It holds the folder as the first did.
    const rename = await runCliProcess(cli.file, ['unit', '--name', '另一个单位', '--data', data]);
    expect(rename.code).toBe(1);
    expect(rename.err).toContain(`（浏览器模式，进程 ${next.child.pid}，本机，`);
    next.child.kill('SIGINT');
    expect((await next.exited).code).toBe(0);
    expect(lockPid(data)).toBeNull();
  }, 120_000);
});
