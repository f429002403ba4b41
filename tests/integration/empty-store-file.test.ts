import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/fazhi';
import { EMPTY_STORE_DETAIL } from '../../electron/backup/empty-store';
import { openApp } from '../../electron/open-app';
import { LATEST_SCHEMA_VERSION } from '../../electron/store/migrations';
import { openDatabase } from '../../electron/store/open-database';
import { AppError } from '../../shared/errors';
import { openTempApp, tempDir } from '../helpers/temp-app';

// A 0-byte fazhi.db is what a failed copy or a failing disk leaves where a ledger was. Taken for a
// new store, the user would start again on an empty ledger and the automatic backups would in time
// push out the ones that still hold the real one.

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A folder with one entry and one backup of it, whose store has then been emptied to 0 bytes. */
async function emptiedFolderWithBackup(): Promise<{ data: string; backup: string }> {
  const data = tempDir();
  const app = openTempApp(data);
  await app.registry.call('activities.create', { date: '2024-03-15', categoryId: 1, title: '局党组集体学法' });
  const made = await app.registry.call('backup.create', {});
  app.close();
  fs.truncateSync(path.join(data, 'fazhi.db'), 0);
  return { data, backup: made.backup.fileName };
}

describe('a 0-byte fazhi.db', () => {
  it('is refused by a command when a backup exists, pointing to 备份与恢复, and left as it was', async () => {
    const { data, backup } = await emptiedFolderWithBackup();
    const r = await cli('info', '--data', data);
    expect(r.code).toBe(1);
    expect(r.err).toContain('数据文件是空的（0 字节）');
    expect(r.err).toContain('程序没有把它当作新数据使用');
    expect(r.err).toContain(backup);
    expect(r.err).toContain('在“备份与恢复”中从备份恢复');
    expect(fs.statSync(path.join(data, 'fazhi.db')).size).toBe(0);
  });

  it('opens the desktop and browser mode in recovery mode when a backup exists', async () => {
    const { data } = await emptiedFolderWithBackup();
    const app = openApp({ dataDir: data, shell: 'browser', allowRecovery: true, log: () => undefined });
    try {
      expect(app.recovery()?.detail).toBe(EMPTY_STORE_DETAIL);
      expect((await app.registry.call('backup.list', {})).backups).toHaveLength(1);
      await expect(app.registry.call('activities.list', {})).rejects.toThrow(/只能从备份恢复/);
    } finally {
      app.close();
    }
    expect(fs.statSync(path.join(data, 'fazhi.db')).size).toBe(0);
  });

  it('starts as a new store when there is no backup at all (nothing to restore, nothing in it to lose)', async () => {
    const data = tempDir();
    fs.writeFileSync(path.join(data, 'fazhi.db'), '');
    const r = await cli('info', '--data', data);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain(`数据版本 ${LATEST_SCHEMA_VERSION}`);
    expect(fs.readFileSync(path.join(data, 'logs', 'fazhi.log'), 'utf8')).toContain('数据文件是空的（0 字节），也没有任何备份：按新数据开始');
  });

  it('is never turned into a store by openDatabase itself (a package or any other caller)', () => {
    const file = path.join(tempDir(), 'fazhi.db');
    fs.writeFileSync(file, '');
    let caught: unknown;
    try {
      openDatabase(file);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).code).toBe('database_damaged');
    expect((caught as AppError).message).toContain('数据文件是空的（0 字节）');
    expect(fs.statSync(file).size).toBe(0);
  });
});
