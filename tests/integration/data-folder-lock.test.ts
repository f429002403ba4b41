import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp } from '../../electron/open-app';
import { localStartTime } from '../../electron/store/folder-lock/busy-message';
import { DataFolderInUse, acquireDataFolderLock } from '../../electron/store/folder-lock/data-folder-lock';
import { LOCK_FILE, lockText } from '../../electron/store/folder-lock/lock-holder';
import type { LockHolder } from '../../electron/store/folder-lock/lock-holder';
import { openTempApp, tempDir } from '../helpers/temp-app';

// The lock file's states, as a second process finds them. The holders here are written by hand:
// another computer, a program that has ended, one from before this computer booted, a half-written file.

function holderFile(data: string, holder: Partial<LockHolder>): string {
  const file = path.join(data, LOCK_FILE);
  const full: LockHolder = { pid: 4242, host: os.hostname(), kind: 'browser', startedAt: new Date().toISOString(), version: '0.1.0', token: 'someone-else', ...holder };
  fs.writeFileSync(file, lockText(full));
  return file;
}

/** A pid that certainly has no process now: one that has just ended and been reaped. */
function endedPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

function refused(data: string): DataFolderInUse {
  try {
    openApp({ dataDir: data, shell: 'cli', log: () => undefined }).close();
  } catch (err) {
    expect(err).toBeInstanceOf(DataFolderInUse);
    return err as DataFolderInUse;
  }
  throw new Error('expected the folder to be refused');
}

function tokenIn(file: string): string {
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { token: string }).token;
}

describe('the data folder lock', () => {
  it('is written while the app is open and removed when it closes', () => {
    const data = tempDir();
    const app = openTempApp(data);
    const lock = JSON.parse(fs.readFileSync(path.join(data, LOCK_FILE), 'utf8')) as LockHolder;
    expect(lock).toMatchObject({ pid: process.pid, host: os.hostname(), kind: 'cli' });
    app.close();
    expect(fs.existsSync(path.join(data, LOCK_FILE))).toBe(false);
  });

  it('refuses a folder held on another computer, naming it, and leaves its lock alone', () => {
    const data = tempDir();
    const file = holderFile(data, { host: 'DESKTOP-LI', kind: 'desktop', pid: 1234, startedAt: new Date(2024, 11, 7, 9, 30).toISOString() });
    const before = fs.readFileSync(file, 'utf8');
    const err = refused(data);
    expect(err.message).toContain(`数据文件夹正被另一个法治台账程序使用（桌面程序，进程 1234，计算机“DESKTOP-LI”，自 ${localStartTime(new Date(2024, 11, 7, 9, 30).toISOString())} 起）`);
    expect(err.message).toContain('请先在计算机“DESKTOP-LI”上关闭它');
    expect(err.message).toContain(file);
    expect(fs.readFileSync(file, 'utf8')).toBe(before);
    // Nothing was created or opened behind the refusal.
    expect(fs.existsSync(path.join(data, 'fazhi.db'))).toBe(false);
  });

  it('refuses a folder held by a live program on this computer', () => {
    const data = tempDir();
    // pid 1 always exists (under another user it answers EPERM, which still means alive).
    holderFile(data, { pid: 1, kind: 'browser' });
    expect(refused(data).message).toMatch(/（浏览器模式，进程 1，本机，自 \d+月\d+日 \d\d:\d\d 起）。请先关闭它/);
  });

  it('takes over a lock whose program on this computer has ended', () => {
    const data = tempDir();
    const file = holderFile(data, { pid: endedPid() });
    const app = openTempApp(data);
    expect(tokenIn(file)).not.toBe('someone-else');
    expect((JSON.parse(fs.readFileSync(file, 'utf8')) as LockHolder).pid).toBe(process.pid);
    app.close();
  });

  it('takes over a lock from before this computer last started, even if its pid is in use again', () => {
    const data = tempDir();
    const file = holderFile(data, { pid: 1, startedAt: new Date(Date.now() - os.uptime() * 1000 - 3_600_000).toISOString() });
    openTempApp(data);
    expect(tokenIn(file)).not.toBe('someone-else');
  });

  it('takes over a lock naming this very pid that this process does not hold (a dead program whose pid came back)', () => {
    const data = tempDir();
    const file = holderFile(data, { pid: process.pid });
    openTempApp(data);
    expect(tokenIn(file)).not.toBe('someone-else');
  });

  it('waits for a lock being written, then refuses; takes over one left half-written long ago', () => {
    const data = tempDir();
    const file = path.join(data, LOCK_FILE);
    fs.writeFileSync(file, '');
    expect(refused(data).message).toContain('另一个法治台账程序正在打开这个数据文件夹');
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(file, old, old);
    openTempApp(data);
    expect(tokenIn(file)).toMatch(/^[0-9a-f]{32}$/);
  });

  it('is shared within one process and released by its last holder; release never removes a lock it does not own', () => {
    const data = tempDir();
    const file = path.join(data, LOCK_FILE);
    const first = acquireDataFolderLock(data, 'cli');
    const second = acquireDataFolderLock(data, 'cli');
    first.release();
    expect(fs.existsSync(file)).toBe(true);
    // Someone replaced the file meanwhile (a user deleted it, another program took the folder).
    holderFile(data, { token: 'not-ours' });
    second.release();
    expect(tokenIn(file)).toBe('not-ours');
  });

  it('lets a viewing command open the store read-only while another program holds the folder, and refuses any change', async () => {
    const data = tempDir();
    const app = openTempApp(data);
    await app.registry.call('unit.update', { name: '某区司法局', type: '政府部门' });
    app.close();
    holderFile(data, { host: 'DESKTOP-LI' });
    const viewer = openApp({ dataDir: data, shell: 'cli', readOnlyWhenBusy: true, log: () => undefined });
    try {
      expect((await viewer.registry.call('app.info', {})).dataDir).toBe(data);
      const change = await viewer.registry.invoke('unit.update', { name: '别的单位', type: '政府部门' });
      expect(change.ok).toBe(false);
      expect(!change.ok && change.error.message).toContain('现在只能查看，不能修改。数据文件夹正被另一个法治台账程序使用');
      await expect(viewer.ctx.backupBeforeChange('导入前')).rejects.toThrow('现在只能查看');
    } finally {
      viewer.close();
    }
    expect(tokenIn(path.join(data, LOCK_FILE))).toBe('someone-else');
  });

  it('writes the start time as the user reads it, with the year only when it is not this year', () => {
    const now = new Date(2024, 11, 20, 15, 0);
    expect(localStartTime(new Date(2024, 11, 7, 9, 30).toISOString(), now)).toBe('12月7日 09:30');
    expect(localStartTime(new Date(2023, 0, 2, 18, 5).toISOString(), now)).toBe('2023年1月2日 18:05');
  });
});
