import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { OpenApp } from '../../electron/open-app';
import { fieldsFromInput } from '../../electron/store/activity-fields';
import { insertActivity } from '../../electron/store/activity-store';
import { listImportBatches, recordImportBatch, undoImportBatch } from '../../electron/store/import-batch-store';
import { rejected } from '../helpers/rejected';
import { openTempApp, tempDir } from '../helpers/temp-app';

// The import itself writes its entries and then records the batch with recordImportBatch inside its
// transaction; here the entries come from the registry (as the form makes them) and the batch is
// recorded the same way, so undoing is tested against the real store.

async function addEntries(app: OpenApp, titles: readonly string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const title of titles) ids.push((await app.registry.call('activities.create', { date: '2025-04-15', categoryId: 2, title, tags: ['普法'] })).id);
  return ids;
}

function record(app: OpenApp, ids: readonly string[], fileName = '2025年普法台账.xlsx', importedAt = '2025-05-01T02:00:00.000Z'): string {
  const id = randomUUID();
  app.ctx.db.transaction(() => recordImportBatch(app.ctx.db, { id, fileName, sheetName: '普法宣传', importedAt, operator: '张三' }, ids))();
  return id;
}

async function liveIds(app: OpenApp): Promise<string[]> {
  return (await app.registry.call('activities.list', { limit: 500 })).items.map((a) => a.id).sort();
}

describe('recording an import batch', () => {
  it('lists the batch newest first, with how many of its entries are still in the ledger', async () => {
    const app = openTempApp();
    const [a, b, c, own] = await addEntries(app, ['宪法宣传', '集体学法', '法治讲座', '手工录入的']);
    const older = record(app, [a!], '2024年台账.xls', '2025-03-01T02:00:00.000Z');
    const newer = record(app, [b!, c!]);
    await app.registry.call('activities.delete', { id: c! });

    expect(await app.registry.call('ledger.import.batches', {})).toEqual([
      { id: newer, fileName: '2025年普法台账.xlsx', sheetName: '普法宣传', importedAt: '2025-05-01T02:00:00.000Z', operator: '张三', added: 2, remaining: 1, undoneAt: null },
      { id: older, fileName: '2024年台账.xls', sheetName: '普法宣传', importedAt: '2025-03-01T02:00:00.000Z', operator: '张三', added: 1, remaining: 1, undoneAt: null },
    ]);
    const batchOf = app.ctx.db.prepare('SELECT import_batch_id FROM activities WHERE id = ?').pluck();
    expect([a, b, c, own].map((id) => batchOf.get(id))).toEqual([older, newer, newer, null]);
  });

  it('keeps two imports of the same moment in the order they were made', async () => {
    const app = openTempApp();
    const [a, b] = await addEntries(app, ['甲', '乙']);
    const first = record(app, [a!]);
    const second = record(app, [b!]);
    expect(listImportBatches(app.ctx.db).map((x) => x.id)).toEqual([second, first]);
  });

  it('refuses ids that are not entries (or repeated), and then writes nothing', async () => {
    const app = openTempApp();
    const [a] = await addEntries(app, ['甲']);
    expect(() => record(app, [a!, randomUUID()])).toThrow();
    expect(() => record(app, [a!, a!])).toThrow();
    expect(listImportBatches(app.ctx.db)).toEqual([]);
    expect(app.ctx.db.prepare('SELECT import_batch_id FROM activities WHERE id = ?').pluck().get(a)).toBeNull();
  });

  it('is an empty list before any import', async () => {
    const app = openTempApp();
    expect(await app.registry.call('ledger.import.batches', {})).toEqual([]);
  });
});

describe('undoing an import', () => {
  it('moves the batch to the trash with a history note, and leaves other entries alone', async () => {
    const app = openTempApp();
    await app.registry.call('unit.update', { operatorName: '李四' });
    const [a, b, c, own] = await addEntries(app, ['宪法宣传', '集体学法', '法治讲座', '手工录入的']);
    const batchId = record(app, [a!, b!, c!]);
    await app.registry.call('activities.delete', { id: c! }); // deleted by hand before: not moved again

    expect(await app.registry.call('ledger.import.undo', { batchId })).toEqual({ moved: 2 });
    expect(await liveIds(app)).toEqual([own]);
    const trash = (await app.registry.call('activities.list', { deleted: 'only' })).items.map((x) => x.id).sort();
    expect(trash).toEqual([a, b, c].sort());

    const [undone] = await app.registry.call('activities.history', { id: a! });
    expect(undone).toMatchObject({ action: 'delete', title: '宪法宣传', operator: '李四', note: '撤销导入“2025年普法台账.xlsx”' });
    const cHistory = await app.registry.call('activities.history', { id: c! });
    expect(cHistory.filter((h) => h.action === 'delete').map((h) => h.note)).toEqual(['']);

    const [batch] = await app.registry.call('ledger.import.batches', {});
    expect(batch).toMatchObject({ id: batchId, added: 3, remaining: 0 });
    expect(batch!.undoneAt).toEqual(expect.any(String));
    // The search follows the trash: an undone entry is not found in the ledger.
    expect((await app.registry.call('activities.list', { text: '宪法宣传' })).total).toBe(0);
  });

  it('takes a backup first, so undoing the wrong batch can be reversed at once', async () => {
    const app = openTempApp();
    const batchId = record(app, await addEntries(app, ['甲', '乙']));
    await app.registry.call('ledger.import.undo', { batchId });
    expect((await app.registry.call('backup.list', {})).backups.map((x) => x.reason)).toContain('撤销导入前');
  });

  it('leaves the batch undone when an entry is restored from the trash, and refuses a second undo', async () => {
    const dir = tempDir();
    const app = openTempApp(dir);
    const [a, b] = await addEntries(app, ['宪法宣传', '集体学法']);
    const batchId = record(app, [a!, b!]);
    await app.registry.call('ledger.import.undo', { batchId });
    await app.registry.call('activities.restore', { id: a! });

    expect(await liveIds(app)).toEqual([a]);
    const [batch] = await app.registry.call('ledger.import.batches', {});
    expect(batch).toMatchObject({ remaining: 1 });
    expect(batch!.undoneAt).not.toBeNull();

    const err = await rejected(app.registry.call('ledger.import.undo', { batchId }));
    expect(err.code).toBe('conflict');
    expect(err.message).toContain('已经撤销过');
    expect(err.message).toContain('2025年普法台账.xlsx');
    expect(await liveIds(app)).toEqual([a]);

    // The same after reopening: the undo was stored, not held in memory.
    app.close();
    const reopened = openTempApp(dir);
    expect((await rejected(reopened.registry.call('ledger.import.undo', { batchId }))).code).toBe('conflict');
  });

  it('refuses a batch it does not know, saying why it may be gone', async () => {
    const app = openTempApp();
    const err = await rejected(app.registry.call('ledger.import.undo', { batchId: randomUUID() }));
    expect(err.code).toBe('not_found');
    expect(err.message).toBe('找不到这次导入，可能已被撤销或数据已恢复到更早的备份。');
  });

  it('undoes all or nothing: one entry that cannot be moved keeps the whole batch', async () => {
    const app = openTempApp();
    const [a, b] = await addEntries(app, ['甲', '乙']);
    const batchId = record(app, [a!, b!]);
    app.ctx.db.exec("CREATE TEMP TRIGGER keep_yi BEFORE UPDATE OF deleted_at ON activities WHEN old.title = '乙' BEGIN SELECT RAISE(ABORT, 'kept'); END");
    await rejected(app.registry.call('ledger.import.undo', { batchId }));
    expect(await liveIds(app)).toEqual([a, b].sort());
    expect((await app.registry.call('ledger.import.batches', {}))[0]).toMatchObject({ remaining: 2, undoneAt: null });
    expect(app.ctx.db.prepare("SELECT count(*) FROM activity_history WHERE action = 'delete'").pluck().get()).toBe(0);
  });
});

describe('a batch of 10,000 entries', () => {
  it('is recorded, listed and undone whole', async () => {
    const app = openTempApp();
    const db = app.ctx.db;
    const now = '2025-05-01T02:00:00.000Z';
    const ids = Array.from({ length: 10_000 }, () => randomUUID());
    const batchId = randomUUID();
    // As the import does: the entries and their batch in one transaction.
    db.transaction(() => {
      ids.forEach((id, i) => insertActivity(db, id, fieldsFromInput({ date: '2024-03-15', categoryId: 2, title: `旧台账第${i + 1}条` }), now));
      recordImportBatch(db, { id: batchId, fileName: '历年台账.xlsx', sheetName: 'Sheet1', importedAt: now, operator: '' }, ids);
    })();

    expect(listImportBatches(db)).toEqual([expect.objectContaining({ id: batchId, added: 10_000, remaining: 10_000 })]);
    expect(undoImportBatch(db, batchId, now, '')).toEqual({ moved: 10_000 });
    expect(db.prepare('SELECT count(*) FROM activities WHERE deleted_at IS NULL').pluck().get()).toBe(0);
    expect(db.prepare("SELECT count(*) FROM activity_history WHERE action = 'delete' AND note = '撤销导入“历年台账.xlsx”'").pluck().get()).toBe(10_000);
    expect(listImportBatches(db)[0]).toMatchObject({ remaining: 0 });
  });
});
