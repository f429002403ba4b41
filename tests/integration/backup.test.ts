import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stageFile } from '../../electron/attachments/stage-upload';
import { attachmentPath } from '../../electron/attachments';
import { backupsDir } from '../../electron/backup/backup-paths';
import { startBackupScheduler } from '../../electron/backup/backup-scheduler';
import { backupIfChanged, createBackup } from '../../electron/backup/create-backup';
import { EXTRA_SUBFOLDER } from '../../electron/backup/copy-to-extra-folder';
import type { OpenApp } from '../../electron/open-app';
import { openApp } from '../../electron/open-app';
import { migrate } from '../../electron/store/migrate';
import { MIGRATIONS } from '../../electron/store/migrations';
import { AppError } from '../../shared/errors';
import { addEntries, damageStore, fillStore, storeFile } from '../helpers/backup-fixtures';
import { inDir, writeCsv } from '../helpers/ledger-files';
import { openTempApp, tempDir } from '../helpers/temp-app';

async function titles(app: OpenApp): Promise<string[]> {
  return (await app.registry.call('activities.list', {})).items.map((a) => a.title).sort();
}

function clock(start: string) {
  let t = Date.parse(start);
  return {
    now: () => new Date(t).toISOString(),
    set: (iso: string) => {
      t = Date.parse(iso);
    },
  };
}

describe('backups', () => {
  it('writes a verified, self-contained copy under <data>/backups and lists it with its facts', async () => {
    const app = openTempApp();
    await addEntries(app, ['宪法宣传', '集体学法']);
    const created = await app.registry.call('backup.create', {});
    expect(created.backup).toMatchObject({ reason: '手动', entryCount: 2, verified: true });
    expect(path.dirname(created.backup.path)).toBe(backupsDir(app.dataDir));
    // No temp file, no WAL beside it: one file that opens on its own.
    expect(fs.readdirSync(backupsDir(app.dataDir)).filter((n) => !n.endsWith('.json'))).toEqual([created.backup.fileName]);
    const copy = new Database(created.backup.path, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.prepare('SELECT title FROM activities ORDER BY title').pluck().all()).toEqual(['宪法宣传', '集体学法'].sort());
    copy.close();

    const list = await app.registry.call('backup.list', {});
    expect(list.folder).toBe(backupsDir(app.dataDir));
    expect(list.backups.map((b) => b.fileName)).toEqual([created.backup.fileName]);
    expect(list.backups[0]!.size).toBe(fs.statSync(created.backup.path).size);
  });

  it('lists newest first and never lists a half-written backup', async () => {
    const c = clock('2025-06-01T08:00:00.000Z');
    const app = openTempApp(tempDir(), c.now);
    await addEntries(app, ['一']);
    const first = await app.registry.call('backup.create', {});
    c.set('2025-06-01T09:00:00.000Z');
    const second = await app.registry.call('backup.create', {});
    fs.writeFileSync(path.join(backupsDir(app.dataDir), `.${second.backup.fileName.replace('.db', 'x.db')}.tmp`), 'half');
    const list = await app.registry.call('backup.list', {});
    expect(list.backups.map((b) => b.fileName)).toEqual([second.backup.fileName, first.backup.fileName]);
  });

  it('keeps the last N, one a day and one a month, and removes the rest', async () => {
    const c = clock('2025-01-01T10:00:00.000Z');
    const app = openTempApp(tempDir(), c.now);
    await addEntries(app, ['一']);
    await app.registry.call('backup.settings.update', { keepLast: 2, keepDaily: 3, keepMonthly: 2, intervalHours: 4, extraFolder: '' });
    // Two a day for five days in March, and one in January and February.
    const stamps = ['2025-01-10T10:00:00.000Z', '2025-02-10T10:00:00.000Z'];
    for (let d = 1; d <= 5; d++) stamps.push(`2025-03-0${d}T09:00:00.000Z`, `2025-03-0${d}T15:00:00.000Z`);
    for (const s of stamps) {
      c.set(s);
      await app.registry.call('backup.create', {});
    }
    const kept = (await app.registry.call('backup.list', {})).backups.map((b) => b.createdAt);
    expect(kept).toEqual([
      '2025-03-05T15:00:00.000Z', // last 2, also today's and this month's newest
      '2025-03-05T09:00:00.000Z',
      '2025-03-04T15:00:00.000Z', // the newest of each of the last 3 days
      '2025-03-03T15:00:00.000Z',
      '2025-02-10T10:00:00.000Z', // the newest of each of the last 2 months
    ]);
  });

  it('refuses retention settings outside the stated limits, naming the field', async () => {
    const app = openTempApp();
    const err = await app.registry.call('backup.settings.update', { keepLast: 0, keepDaily: 30, keepMonthly: 12, intervalHours: 4, extraFolder: '' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).message).toContain('保留最近的备份份数');
    const relative = await app.registry.call('backup.settings.update', { keepLast: 10, keepDaily: 30, keepMonthly: 12, intervalHours: 4, extraFolder: 'backups' }).catch((e: unknown) => e);
    expect((relative as AppError).message).toContain('另存备份的文件夹');
    expect(await app.registry.call('backup.settings.get', {})).toMatchObject({ keepLast: 10, extraFolder: '' });
  });

  it('copies each backup to the extra folder, and when that folder is missing still backs up locally and says why', async () => {
    const app = openTempApp();
    await addEntries(app, ['一']);
    const usb = tempDir('fazhi-usb-');
    await app.registry.call('backup.settings.update', { keepLast: 10, keepDaily: 30, keepMonthly: 12, intervalHours: 4, extraFolder: usb });
    const ok = await app.registry.call('backup.create', {});
    expect(ok.extraCopy).toMatchObject({ ok: true });
    const copied = path.join(usb, EXTRA_SUBFOLDER, ok.backup.fileName);
    expect(fs.readFileSync(copied).equals(fs.readFileSync(ok.backup.path))).toBe(true);

    const unplugged = path.join(usb, '已拔出的U盘');
    await app.registry.call('backup.settings.update', { keepLast: 10, keepDaily: 30, keepMonthly: 12, intervalHours: 4, extraFolder: unplugged });
    const local = await app.registry.call('backup.create', {});
    expect(local.backup.verified).toBe(true);
    expect(fs.existsSync(local.backup.path)).toBe(true);
    expect(local.extraCopy).toMatchObject({ ok: false });
    expect(local.extraCopy!.error).toContain('找不到文件夹');
    expect(fs.existsSync(unplugged)).toBe(false);
  });

  it('restores a backup after backing up the current state, and the restore can be undone', async () => {
    const app = openTempApp();
    await addEntries(app, ['宪法宣传', '集体学法']);
    const before = await app.registry.call('backup.create', {});
    const [, second] = (await app.registry.call('activities.list', {})).items;
    await app.registry.call('activities.delete', { id: second!.id });
    await app.registry.call('activities.purge', { id: second!.id, confirm: '彻底删除' });
    await addEntries(app, ['后来加的']);
    expect(await titles(app)).toHaveLength(2);

    const restored = await app.registry.call('backup.restore', { fileName: before.backup.fileName, confirm: '恢复' });
    expect(restored.entries).toBe(2);
    expect(await titles(app)).toEqual(['宪法宣传', '集体学法'].sort());
    expect(restored.undoBackup).toMatchObject({ reason: '恢复前', verified: true });
    // Search still finds what came back.
    expect((await app.registry.call('activities.list', { text: '学法' })).total).toBe(1);

    await app.registry.call('backup.restore', { fileName: restored.undoBackup!.fileName, confirm: '恢复' });
    expect((await titles(app)).includes('后来加的')).toBe(true);
  });

  it('a restored entry still finds its evidence file after the attachment was removed', async () => {
    const app = openTempApp();
    const [id] = await addEntries(app, ['宪法宣传']);
    const pdf = inDir(tempDir(), '方案.pdf');
    fs.writeFileSync(pdf, Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n', 'latin1'));
    const staged = await stageFile(app.dataDir, pdf);
    const added = await app.registry.call('attachments.add', { activityId: id!, stagedId: staged.stagedId, kind: '正式文件', fileName: '方案.pdf' });
    const backup = await app.registry.call('backup.create', {});
    await app.registry.call('attachments.remove', { id: added.id });
    await app.registry.call('backup.restore', { fileName: backup.backup.fileName, confirm: '恢复' });
    const [back] = await app.registry.call('attachments.list', { activityId: id! });
    expect(back?.id).toBe(added.id);
    expect(fs.readFileSync(attachmentPath(app.ctx, added.id)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('keeps this machine\'s backup settings through a restore', async () => {
    const app = openTempApp();
    await addEntries(app, ['一']);
    const old = await app.registry.call('backup.create', {});
    await app.registry.call('backup.settings.update', { keepLast: 20, keepDaily: 30, keepMonthly: 12, intervalHours: 2, extraFolder: '' });
    await app.registry.call('backup.restore', { fileName: old.backup.fileName, confirm: '恢复' });
    expect(await app.registry.call('backup.settings.get', {})).toMatchObject({ keepLast: 20, intervalHours: 2 });
  });

  it('refuses to restore a backup that is not there, or a name that is not a backup, changing nothing', async () => {
    const app = openTempApp();
    await addEntries(app, ['一']);
    const missing = await app.registry.call('backup.restore', { fileName: 'fazhi-20250101-100000-000-手动.db', confirm: '恢复' }).catch((e: unknown) => e);
    expect((missing as AppError).code).toBe('not_found');
    const sneaky = await app.registry.call('backup.restore', { fileName: '../fazhi.db', confirm: '恢复' }).catch((e: unknown) => e);
    expect((sneaky as AppError).code).toBe('invalid_input');
    expect(await titles(app)).toEqual(['一']);
    expect((await app.registry.call('backup.list', {})).backups).toEqual([]);
  });

  it('backs up before an import writes, and not when nothing would be imported', async () => {
    const app = openTempApp();
    const file = writeCsv(inDir(tempDir(), '台账.csv'), [['日期', '类别', '事项标题', '内容摘要'], ['2024-03-15', '普法', '宪法宣传', '开展宪法宣传']]);
    const staged = await stageFile(app.dataDir, file);
    await app.registry.call('ledger.import.commit', { stagedId: staged.stagedId, fileName: '台账.csv' });
    const list = (await app.registry.call('backup.list', {})).backups;
    expect(list.map((b) => [b.reason, b.entryCount])).toEqual([['导入前', 0]]);
    // The same file again: every row is a duplicate, nothing is written, no backup.
    const again = await stageFile(app.dataDir, file);
    await app.registry.call('ledger.import.commit', { stagedId: again.stagedId, fileName: '台账.csv' });
    expect((await app.registry.call('backup.list', {})).backups).toHaveLength(1);
  });

  it('backs up an existing store before migrating it, as it was before', async () => {
    const dir = tempDir();
    const file = storeFile(dir);
    const old = new Database(file);
    migrate(old, file, MIGRATIONS.slice(0, 4));
    old.close();
    const app = openTempApp(dir);
    const [backup] = (await app.registry.call('backup.list', {})).backups;
    expect(backup).toMatchObject({ reason: '迁移前', schemaVersion: 4, verified: true });
    const copy = new Database(backup!.path, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(4);
    copy.close();
    // A new store has nothing to migrate from: no backup.
    const fresh = openTempApp();
    expect((await fresh.registry.call('backup.list', {})).backups).toEqual([]);
  });

  it('skips a timed backup when nothing changed since the last one', async () => {
    const app = openTempApp();
    await addEntries(app, ['一']);
    expect(await backupIfChanged(app.ctx, '自动')).not.toBeNull();
    expect(await backupIfChanged(app.ctx, '自动')).toBeNull();
    await app.registry.call('unit.update', { name: '某某司法局' });
    expect(await backupIfChanged(app.ctx, '自动')).not.toBeNull();
    const [entry] = (await app.registry.call('activities.list', {})).items;
    await app.registry.call('activities.update', { id: entry!.id, title: '改过的标题' });
    expect(await backupIfChanged(app.ctx, '自动')).not.toBeNull();
    expect(await backupIfChanged(app.ctx, '自动')).toBeNull();
  });

  it('takes a backup at start of a long-running shell when the store changed, and stops cleanly', async () => {
    const app = openTempApp();
    await addEntries(app, ['一']);
    const scheduler = startBackupScheduler(app.liveContext, () => undefined);
    await scheduler.stop();
    expect((await app.registry.call('backup.list', {})).backups.map((b) => b.reason)).toEqual(['启动时']);
    // Unchanged at the next start: nothing new.
    await startBackupScheduler(app.liveContext, () => undefined).stop();
    expect((await app.registry.call('backup.list', {})).backups).toHaveLength(1);
  });

  it('fails the backup (and the change waiting on it) with a Chinese message when the folder cannot be written', async () => {
    const app = openTempApp();
    await addEntries(app, ['一']);
    fs.writeFileSync(backupsDir(app.dataDir), 'not a folder');
    const err = await createBackup(app.ctx, '手动').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).message).toContain('备份没有完成');
    const failed = await app.ctx.backupBeforeChange('导入前').catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(AppError);
  });
});

describe('start-up integrity', () => {
  async function damagedDataFolder(extraFolder = '') {
    const dir = tempDir();
    const app = openTempApp(dir);
    await addEntries(app, ['种子条目']);
    app.close();
    fillStore(storeFile(dir), 3000);
    const before = openTempApp(dir);
    if (extraFolder) await before.registry.call('backup.settings.update', { keepLast: 10, keepDaily: 30, keepMonthly: 12, intervalHours: 4, extraFolder });
    const backup = await before.registry.call('backup.create', {});
    before.close();
    damageStore(storeFile(dir));
    return { dir, backup: backup.backup };
  }

  it('refuses a damaged store in a one-shot command, keeps a copy and names it and the latest backup', async () => {
    const { dir, backup } = await damagedDataFolder();
    const bytes = fs.readFileSync(storeFile(dir));
    const err = (() => {
      try {
        openApp({ dataDir: dir, shell: 'cli', log: () => undefined });
        return null;
      } catch (e) {
        return e as AppError;
      }
    })();
    expect(err?.code).toBe('database_damaged');
    expect(err?.message).toContain('数据文件已损坏');
    expect(err?.message).toContain(backup.path);
    const kept = fs.readdirSync(path.join(dir, 'damaged')).filter((n) => n.endsWith('.db'));
    expect(kept).toHaveLength(1);
    expect(fs.readFileSync(path.join(dir, 'damaged', kept[0]!)).equals(fs.readFileSync(storeFile(dir)))).toBe(true);
    expect(err?.message).toContain(path.join(dir, 'damaged', kept[0]!));
    // Not a byte written to the damaged file.
    expect(fs.readFileSync(storeFile(dir)).equals(bytes)).toBe(true);
  });

  it('refuses even recovery mode when the damaged file cannot be copied aside, so a restore cannot replace the only copy', async () => {
    const { dir } = await damagedDataFolder();
    fs.writeFileSync(path.join(dir, 'damaged'), 'a file where the folder should be');
    const bytes = fs.readFileSync(storeFile(dir));
    expect(() => openApp({ dataDir: dir, shell: 'browser', allowRecovery: true, log: () => undefined })).toThrow('无法另存一份副本');
    expect(fs.readFileSync(storeFile(dir)).equals(bytes)).toBe(true);
  });

  it('opens a damaged store in recovery mode, restores the latest good backup, and reopens normally', async () => {
    const { dir, backup } = await damagedDataFolder();
    const app = openApp({ dataDir: dir, shell: 'browser', allowRecovery: true, log: () => undefined });
    try {
      const info = await app.registry.call('app.info', {});
      expect(info.recovery?.damagedCopy).toContain(path.join(dir, 'damaged'));
      const refused = await app.registry.call('activities.list', {}).catch((e: unknown) => e);
      expect((refused as AppError).code).toBe('database_damaged');
      expect((refused as AppError).message).toContain(info.recovery!.damagedCopy);
      const list = await app.registry.call('backup.list', {});
      expect(list.backups.map((b) => b.fileName)).toEqual([backup.fileName]);

      // The recovery screen's restore takes the same confirmation; without it the file stays as it is.
      const damagedBytes = fs.readFileSync(storeFile(dir));
      const unconfirmed = await app.registry.call('backup.restore', { fileName: backup.fileName }).catch((e: unknown) => e);
      expect((unconfirmed as AppError).code).toBe('confirm_required');
      expect((unconfirmed as AppError).message).toContain('确认请输入“恢复”');
      expect(fs.readFileSync(storeFile(dir)).equals(damagedBytes)).toBe(true);
      expect((await app.registry.call('app.info', {})).recovery).toBeDefined();

      const restored = await app.registry.call('backup.restore', { fileName: backup.fileName, confirm: '恢复' });
      expect(restored.entries).toBe(3001);
      expect((await app.registry.call('app.info', {})).recovery).toBeUndefined();
      expect((await app.registry.call('activities.list', { text: '种子' })).total).toBe(1);
      const db = new Database(storeFile(dir), { readonly: true });
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      db.close();
      expect(fs.existsSync(info.recovery!.damagedCopy)).toBe(true);
    } finally {
      app.close();
    }
  });

  it('lists and restores, from the recovery screen, the copies in the extra folder even when the local backups are gone', async () => {
    const usb = tempDir('fazhi-usb-');
    const { dir, backup } = await damagedDataFolder(usb);
    // The local backups are lost with the disk's bad sectors; the U 盘 still holds its copy.
    fs.rmSync(backupsDir(dir), { recursive: true, force: true });
    const app = openApp({ dataDir: dir, shell: 'browser', allowRecovery: true, log: () => undefined });
    try {
      const list = await app.registry.call('backup.list', {});
      expect(list.backups.map((b) => b.fileName)).toEqual([backup.fileName]);
      expect(list.backups[0]!.path).toBe(path.join(usb, EXTRA_SUBFOLDER, backup.fileName));
      expect(list.backups[0]!.verified).toBe(true);
      const restored = await app.registry.call('backup.restore', { fileName: backup.fileName, confirm: '恢复' });
      expect(restored.entries).toBe(3001);
      expect((await app.registry.call('activities.list', { text: '种子' })).total).toBe(1);
    } finally {
      app.close();
    }
  });

  it('notes the extra folder beside the store when it is set, and forgets it when it is cleared', async () => {
    const dir = tempDir();
    const app = openTempApp(dir);
    const note = path.join(dir, 'backup-extra-folder.json');
    try {
      const usb = tempDir('fazhi-usb-');
      await app.registry.call('backup.settings.update', { keepLast: 10, keepDaily: 30, keepMonthly: 12, intervalHours: 4, extraFolder: usb });
      expect(JSON.parse(fs.readFileSync(note, 'utf8'))).toEqual({ extraFolder: usb });
      // A store whose setting predates the note gets it with its next backup.
      fs.rmSync(note);
      await app.registry.call('backup.create', {});
      expect(JSON.parse(fs.readFileSync(note, 'utf8'))).toEqual({ extraFolder: usb });
      await app.registry.call('backup.settings.update', { keepLast: 10, keepDaily: 30, keepMonthly: 12, intervalHours: 4, extraFolder: '' });
      expect(fs.existsSync(note)).toBe(false);
    } finally {
      app.close();
    }
  });
});
