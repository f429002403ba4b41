import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { backupsDir } from '../../electron/backup/backup-paths';
import type { OpenApp } from '../../electron/open-app';
import { addEntry, dumpStore, exportPackage, stageBytes, unitApp } from '../helpers/package-fixtures';
import { rejected } from '../helpers/rejected';

// Destructive operations are confirmed on the server: without the confirmation the handler refuses
// (confirm_required, a Chinese message saying what to type) and nothing changes; with it they work.
// And retention never removes the newest backup taken before a replace or restore, so lowering the
// rule to 1 and backing up cannot take away the way back (issue 13, item 2).

/** A clock that moves one minute per reading, so every backup has its own time and name. */
function ticking(start = '2025-03-01T08:00:00.000Z') {
  let t = Date.parse(start);
  return () => new Date((t += 60_000)).toISOString();
}

async function titles(app: OpenApp): Promise<string[]> {
  return (await app.registry.call('activities.list', {})).items.map((a) => a.title).sort();
}

function backupFiles(app: OpenApp): string[] {
  const dir = backupsDir(app.ctx.dataDir);
  return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
}

/** The store and the backup folder: equal before and after means the refusal changed nothing. */
function everything(app: OpenApp) {
  return { store: dumpStore(app), backups: backupFiles(app) };
}

async function ledgerWithTrash(): Promise<{ app: OpenApp; trashedId: string }> {
  const app = await unitApp('某区司法局', ticking());
  await addEntry(app, { title: '留下的' });
  const trashed = await addEntry(app, { title: '过期的会议通知' });
  await addEntry(app, { title: '重复录入的一条' }).then((a) => app.registry.call('activities.delete', { id: a.id }));
  await app.registry.call('activities.delete', { id: trashed.id });
  return { app, trashedId: trashed.id };
}

describe('replacing the data from a package', () => {
  it('is refused without the typed 替换 (or with other text) and changes nothing; with it, it replaces', async () => {
    const source = await unitApp('某街道办事处');
    await addEntry(source, { title: '街道普法讲座' });
    const zip = await exportPackage(source);
    const target = await unitApp('某区司法局', ticking());
    await addEntry(target, { title: '本机原有的一条' });
    const stagedId = stageBytes(target, fs.readFileSync(zip));
    const before = everything(target);

    const bare = await rejected(target.registry.call('package.import', { stagedId, fileName: '街道.zip', mode: 'replace' }));
    expect(bare.code).toBe('confirm_required');
    expect(bare.message).toBe('替换会用数据包中的数据换掉本机现有的全部台账、佐证材料记录、单位信息和年报草稿（替换前会先自动备份），需要确认。确认请输入“替换”后再操作。');
    expect(bare.fields).toEqual({ confirm: '请输入“替换”' });
    const wrong = await rejected(target.registry.call('package.import', { stagedId, fileName: '街道.zip', mode: 'replace', confirm: '合并' }));
    expect(wrong.code).toBe('confirm_required');
    expect(wrong.message).toContain('确认文字“合并”不对。确认请输入“替换”后再操作。');
    expect(everything(target)).toEqual(before);
    expect(await titles(target)).toEqual(['本机原有的一条']);

    // The staged upload is still there: the page can ask again without uploading again.
    const done = await target.registry.call('package.import', { stagedId, fileName: '街道.zip', mode: 'replace', confirm: '替换' });
    expect(done).toMatchObject({ mode: 'replace', entries: 1 });
    expect(await titles(target)).toEqual(['街道普法讲座']);
  });

  it('asks nothing for a merge, which keeps every local entry', async () => {
    const source = await unitApp('某街道办事处');
    await addEntry(source, { title: '街道普法讲座' });
    const target = await unitApp('某区司法局');
    await addEntry(target, { title: '本机原有的一条' });
    const stagedId = stageBytes(target, fs.readFileSync(await exportPackage(source)));
    await target.registry.call('package.import', { stagedId, fileName: '街道.zip', mode: 'merge' });
    expect(await titles(target)).toEqual(['本机原有的一条', '街道普法讲座']);
  });
});

describe('restoring a backup', () => {
  it('is refused without 恢复 and changes nothing (not even a 恢复前 backup); with it, it restores', async () => {
    const app = await unitApp('某区司法局', ticking());
    await addEntry(app, { title: '备份里有的' });
    const { backup } = await app.registry.call('backup.create', {});
    await addEntry(app, { title: '备份之后录入的' });
    const before = everything(app);

    const refused = await rejected(app.registry.call('backup.restore', { fileName: backup.fileName }));
    expect(refused.code).toBe('confirm_required');
    expect(refused.message).toBe('恢复会让台账回到这份备份时的样子，之后的新增和修改不在恢复后的数据中，需要确认。确认请输入“恢复”后再操作。');
    expect(everything(app)).toEqual(before);

    const restored = await app.registry.call('backup.restore', { fileName: backup.fileName, confirm: '恢复' });
    expect(restored.undoBackup?.reason).toBe('恢复前');
    expect(await titles(app)).toEqual(['备份里有的']);
  });
});

describe('emptying the trash and deleting one entry for good', () => {
  it('refuses to empty a trash that holds entries without 清空回收站, naming how many, and keeps them', async () => {
    const { app } = await ledgerWithTrash();
    const before = everything(app);
    const refused = await rejected(app.registry.call('activities.trash.empty', {}));
    expect(refused.code).toBe('confirm_required');
    expect(refused.message).toBe('清空回收站会彻底删除其中的 2 条记录，不能恢复，需要确认。确认请输入“清空回收站”后再操作。');
    expect(everything(app)).toEqual(before);
    expect((await app.registry.call('activities.list', { deleted: 'only' })).total).toBe(2);

    expect(await app.registry.call('activities.trash.empty', { confirm: '清空回收站' })).toEqual({ count: 2 });
    expect((await app.registry.call('activities.list', { deleted: 'only' })).total).toBe(0);
    // Nothing left to lose, nothing to confirm.
    expect(await app.registry.call('activities.trash.empty', {})).toEqual({ count: 0 });
  });

  it('refuses to purge a trashed entry without 彻底删除, and keeps it in the trash', async () => {
    const { app, trashedId } = await ledgerWithTrash();
    const before = everything(app);
    const refused = await rejected(app.registry.call('activities.purge', { id: trashedId }));
    expect(refused.code).toBe('confirm_required');
    expect(refused.message).toBe('彻底删除“过期的会议通知”后不能恢复，需要确认。确认请输入“彻底删除”后再操作。');
    expect(everything(app)).toEqual(before);

    expect(await app.registry.call('activities.purge', { id: trashedId, confirm: '彻底删除' })).toEqual({ id: trashedId, title: '过期的会议通知' });
    expect((await app.registry.call('activities.list', { deleted: 'only' })).total).toBe(1);
  });
});

describe('the backup retention rule', () => {
  const rule = { keepLast: 10, keepDaily: 0, keepMonthly: 0, intervalHours: 4, extraFolder: '' };

  it('asks for 删除备份 before a lower rule that would remove existing backups, naming how many; a higher one needs nothing', async () => {
    const app = await unitApp('某区司法局', ticking());
    await addEntry(app, { title: '一' });
    await app.registry.call('backup.settings.update', rule);
    for (let i = 0; i < 3; i++) await app.registry.call('backup.create', {});
    const before = everything(app);

    const refused = await rejected(app.registry.call('backup.settings.update', { ...rule, keepLast: 1 }));
    expect(refused.code).toBe('confirm_required');
    expect(refused.message).toBe('按新的保留规则，下次备份时将删除现有的 2 份备份（每种操作前的备份仍各保留最新一份），需要确认。确认请输入“删除备份”后再操作。');
    expect(everything(app)).toEqual(before);
    expect(await app.registry.call('backup.settings.get', {})).toEqual(rule);

    // Keeping exactly as many as there are loses nothing.
    expect(await app.registry.call('backup.settings.update', { ...rule, keepLast: 3 })).toMatchObject({ keepLast: 3 });
    expect(await app.registry.call('backup.settings.update', { ...rule, keepLast: 1, confirm: '删除备份' })).toMatchObject({ keepLast: 1 });
    expect(await app.registry.call('backup.settings.update', { ...rule, keepLast: 50 })).toMatchObject({ keepLast: 50 });
  });

  it('never removes the newest backup taken before a replace: keepLast 1 and a backup still leave the way back', async () => {
    // The attack of issue 13: replace the ledger, lower the rule to 1, back up, and no backup could undo it.
    const source = await unitApp('别的单位');
    await addEntry(source, { title: '别人的台账' });
    const zip = await exportPackage(source);
    const app = await unitApp('某区司法局', ticking());
    await addEntry(app, { title: '本机的台账' });
    await app.registry.call('backup.create', {});
    await app.registry.call('package.import', { stagedId: stageBytes(app, fs.readFileSync(zip)), fileName: '别的单位.zip', mode: 'replace', confirm: '替换' });
    await app.registry.call('backup.settings.update', { ...rule, keepLast: 1, confirm: '删除备份' });
    for (let i = 0; i < 3; i++) await app.registry.call('backup.create', {});

    const kept = (await app.registry.call('backup.list', {})).backups;
    expect(kept.map((b) => b.reason)).toEqual(['手动', '导入数据包前']);
    await app.registry.call('backup.restore', { fileName: kept[1]!.fileName, confirm: '恢复' });
    expect(await titles(app)).toEqual(['本机的台账']);

    // And the restore's own 恢复前 backup (the way back to the package's data) outlives the next backup too.
    await app.registry.call('backup.create', {});
    expect((await app.registry.call('backup.list', {})).backups.map((b) => b.reason)).toEqual(['手动', '恢复前', '导入数据包前']);
  });
});
