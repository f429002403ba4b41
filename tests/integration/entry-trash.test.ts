import { describe, expect, it } from 'vitest';
import type { InputOf } from '../../shared/contract/operations';
import { rejected } from '../helpers/rejected';
import { openTempApp, tempDir } from '../helpers/temp-app';

const entry: InputOf<'activities.create'> = {
  date: '2024-06-16',
  categoryId: 7,
  title: '安全宣传咨询日',
  tags: ['安全生产', '主题日'],
  metrics: [{ name: '发放资料', value: 500, unit: '份', approximate: true }],
};

function rows(app: ReturnType<typeof openTempApp>, table: string, id: string): number {
  return (app.ctx.db.prepare(`SELECT count(*) AS n FROM ${table} WHERE activity_id = ?`).get(id) as { n: number }).n;
}

describe('purge: deleting for good, only from the trash', () => {
  it('refuses an entry that is not in the trash, and keeps it', async () => {
    const app = openTempApp();
    const created = await app.registry.call('activities.create', entry);
    const err = await rejected(app.registry.call('activities.purge', { id: created.id }));
    expect(err.code).toBe('conflict');
    expect(err.message).toBe('“安全宣传咨询日”不在回收站中，不能彻底删除。请先删除（移入回收站），再到回收站中彻底删除。');
    expect(await app.registry.call('activities.get', { id: created.id })).toEqual(created);
  });

  it('deletes a trashed entry with its tags and metrics, keeping a purge row with the title', async () => {
    const dir = tempDir();
    const app = openTempApp(dir);
    const created = await app.registry.call('activities.create', entry);
    await app.registry.call('activities.delete', { id: created.id });
    expect(await app.registry.call('activities.purge', { id: created.id, confirm: '彻底删除' })).toEqual({ id: created.id, title: '安全宣传咨询日' });
    expect(rows(app, 'activity_tags', created.id)).toBe(0);
    expect(rows(app, 'activity_metrics', created.id)).toBe(0);
    app.close();
    const reopened = openTempApp(dir);
    expect((await rejected(reopened.registry.call('activities.get', { id: created.id }))).code).toBe('not_found');
    const [purge] = await reopened.registry.call('activities.history', { id: created.id });
    expect(purge).toMatchObject({ action: 'purge', title: '安全宣传咨询日' });
  });

  it('says plainly when the entry is already gone', async () => {
    const app = openTempApp();
    const err = await rejected(app.registry.call('activities.purge', { id: '00000000-0000-4000-8000-000000000000' }));
    expect(err.code).toBe('not_found');
  });
});

describe('emptying the trash', () => {
  it('purges every trashed entry and nothing else, and returns the count', async () => {
    const app = openTempApp();
    const kept = await app.registry.call('activities.create', { ...entry, title: '留下的' });
    const trashed = [];
    for (const title of ['甲', '乙', '丙']) {
      const a = await app.registry.call('activities.create', { ...entry, title });
      await app.registry.call('activities.delete', { id: a.id });
      trashed.push(a);
    }
    expect(await app.registry.call('activities.trash.empty', { confirm: '清空回收站' })).toEqual({ count: 3 });
    expect((await app.registry.call('activities.list', { deleted: 'only' })).total).toBe(0);
    expect((await app.registry.call('activities.list', {})).items.map((a) => a.id)).toEqual([kept.id]);
    for (const a of trashed) {
      expect(rows(app, 'activity_metrics', a.id)).toBe(0);
      expect((await app.registry.call('activities.history', { id: a.id }))[0]).toMatchObject({ action: 'purge', title: a.title });
    }
    expect(await app.registry.call('activities.trash.empty', {})).toEqual({ count: 0 });
  });

  it('purges all or nothing: one failure keeps the whole trash', async () => {
    const app = openTempApp();
    for (const title of ['甲', '乙']) {
      const a = await app.registry.call('activities.create', { ...entry, title });
      await app.registry.call('activities.delete', { id: a.id });
    }
    app.ctx.db.exec("CREATE TEMP TRIGGER keep_yi BEFORE DELETE ON activities WHEN old.title = '乙' BEGIN SELECT RAISE(ABORT, 'kept'); END");
    await rejected(app.registry.call('activities.trash.empty', { confirm: '清空回收站' }));
    expect((await app.registry.call('activities.list', { deleted: 'only' })).total).toBe(2);
    expect((app.ctx.db.prepare("SELECT count(*) AS n FROM activity_history WHERE action = 'purge'").get() as { n: number }).n).toBe(0);
  });
});
