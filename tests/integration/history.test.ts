import { describe, expect, it } from 'vitest';
import type { InputOf } from '../../shared/contract/operations';
import { HISTORY_FIELD_LABELS, activitySnapshot } from '../../shared/domain/history';
import { getActivity } from '../../electron/store/activity-store';
import { recordHistory } from '../../electron/store/history-store';
import { rejected } from '../helpers/rejected';
import { openTempApp } from '../helpers/temp-app';

const study: InputOf<'activities.create'> = {
  date: '2024-03-15',
  categoryId: 1,
  title: '集体学法',
  summary: '组织集体学习《行政复议法》',
  department: '法规科',
  tags: ['集体学法'],
  metrics: [{ name: '参学', value: 30, unit: '人' }],
};

/** An app whose clock ticks one second per call, with an operator set in the unit profile. */
async function appWithOperator(operatorName = '张敏') {
  let t = 0;
  const app = openTempApp(undefined, () => new Date(Date.UTC(2024, 2, 15, 8, 0, t++)).toISOString());
  if (operatorName) await app.registry.call('unit.update', { operatorName });
  return app;
}

function historyCount(app: ReturnType<typeof openTempApp>): number {
  return (app.ctx.db.prepare('SELECT count(*) AS n FROM activity_history').get() as { n: number }).n;
}

describe('change history', () => {
  it('records a create with the initial values and the operator name', async () => {
    const app = await appWithOperator();
    const created = await app.registry.call('activities.create', study);
    const [row, ...rest] = await app.registry.call('activities.history', { id: created.id });
    expect(rest).toEqual([]);
    expect(row).toMatchObject({ activityId: created.id, action: 'create', operator: '张敏', title: '集体学法', at: created.createdAt, note: '' });
    expect(row!.changes).toEqual({
      date: '2024-03-15',
      categoryName: '学习贯彻习近平法治思想',
      title: '集体学法',
      summary: '组织集体学习《行政复议法》',
      department: '法规科',
      tags: ['集体学法'],
      metrics: [{ name: '参学', value: 30, unit: '人', approximate: false }],
    });
  });

  it('records only the fields that really changed, tags and metrics included, newest first', async () => {
    const app = await appWithOperator();
    const created = await app.registry.call('activities.create', study);
    await app.registry.call('activities.update', {
      id: created.id,
      title: '集体学法（第一次）',
      summary: study.summary,
      department: '法规科',
      tags: ['集体学法', '复议'],
      metrics: [{ name: '参学', value: 32, unit: '人' }],
      categoryId: 11,
    });
    const [update, create] = await app.registry.call('activities.history', { id: created.id });
    expect(create!.action).toBe('create');
    expect(update).toMatchObject({ action: 'update', operator: '张敏', title: '集体学法（第一次）' });
    expect(update!.changes).toEqual({
      title: ['集体学法', '集体学法（第一次）'],
      categoryName: ['学习贯彻习近平法治思想', '普法宣传教育'],
      tags: [['集体学法'], ['集体学法', '复议']],
      metrics: [[{ name: '参学', value: 30, unit: '人', approximate: false }], [{ name: '参学', value: 32, unit: '人', approximate: false }]],
    });
    for (const field of Object.keys(update!.changes)) expect(HISTORY_FIELD_LABELS[field as keyof typeof HISTORY_FIELD_LABELS]).toMatch(/\p{Script=Han}/u);
  });

  it('writes nothing for an update that changes nothing', async () => {
    const app = await appWithOperator();
    const created = await app.registry.call('activities.create', study);
    const same = await app.registry.call('activities.update', { id: created.id, title: ' 集体学法 ', tags: ['集体学法'], metrics: [{ name: '参学', value: 30, unit: '人' }], docTitle: '' });
    expect(same.updatedAt).toBe(created.updatedAt);
    expect(historyCount(app)).toBe(1);
  });

  it('records delete, restore and purge, and keeps the history after the entry is gone', async () => {
    const app = await appWithOperator('李华');
    const created = await app.registry.call('activities.create', study);
    await app.registry.call('activities.delete', { id: created.id });
    await app.registry.call('activities.delete', { id: created.id }); // already in the trash: no second row
    await app.registry.call('activities.restore', { id: created.id });
    await app.registry.call('activities.delete', { id: created.id });
    await app.registry.call('activities.purge', { id: created.id, confirm: '彻底删除' });
    const rows = await app.registry.call('activities.history', { id: created.id });
    expect(rows.map((r) => r.action)).toEqual(['purge', 'delete', 'restore', 'delete', 'create']);
    expect(rows.every((r) => r.operator === '李华' && r.title === '集体学法')).toBe(true);
    expect(rows[0]!.changes).toEqual({});
  });

  it("records an empty operator when the unit profile names none", async () => {
    const app = await appWithOperator('');
    const created = await app.registry.call('activities.create', study);
    expect((await app.registry.call('activities.history', { id: created.id }))[0]!.operator).toBe('');
  });

  it('writes no history for an update that is refused', async () => {
    const app = await appWithOperator();
    const created = await app.registry.call('activities.create', study);
    await rejected(app.registry.call('activities.update', { id: created.id, metrics: [{ name: '参学', value: -1 }] }));
    await rejected(app.registry.call('activities.update', { id: created.id, categoryId: 999 }));
    await rejected(app.registry.call('activities.update', { id: created.id, endDate: '2024-01-01' }));
    expect(historyCount(app)).toBe(1);
  });

  it('keeps the change and its history together: if the history row cannot be written, the change is undone', async () => {
    const app = await appWithOperator();
    const created = await app.registry.call('activities.create', study);
    app.ctx.db.exec("CREATE TEMP TRIGGER no_history BEFORE INSERT ON activity_history BEGIN SELECT RAISE(ABORT, 'history refused'); END");
    const err = await rejected(app.registry.call('activities.update', { id: created.id, title: '不会保存的标题' }));
    expect(err.code).toBe('internal');
    expect(await app.registry.call('activities.get', { id: created.id })).toEqual(created);
    await rejected(app.registry.call('activities.create', { ...study, title: '也不会保存' }));
    expect((await app.registry.call('activities.list', {})).total).toBe(1);
  });

  it('says plainly when an id has no entry and no history', async () => {
    const app = await appWithOperator();
    const err = await rejected(app.registry.call('activities.history', { id: '00000000-0000-4000-8000-000000000000' }));
    expect(err.code).toBe('not_found');
    expect(err.message).toContain('找不到');
  });

  it('lets other code (the spreadsheet import) record an import row', async () => {
    const app = await appWithOperator('王芳');
    const created = await app.registry.call('activities.create', study);
    const entry = getActivity(app.ctx.db, created.id)!;
    recordHistory(app.ctx.db, { activityId: entry.id, action: 'import', at: '2024-03-16T00:00:00.000Z', title: entry.title, changes: activitySnapshot(entry), note: '台账2024.xlsx 第3行' });
    const [row] = await app.registry.call('activities.history', { id: created.id });
    expect(row).toMatchObject({ action: 'import', operator: '王芳', note: '台账2024.xlsx 第3行' });
    expect(row!.changes).toMatchObject({ title: '集体学法', metrics: entry.metrics });
  });
});
