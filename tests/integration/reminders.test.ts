import { describe, expect, it } from 'vitest';
import type { ActivityCreateInput } from '../../shared/domain/activity';
import { openTempApp, tempDir } from '../helpers/temp-app';

// reminders.list on pinned dates: the clock is the app context's, so each rule is tried on its day.

function appOn(dir: string, iso: string) {
  return openTempApp(dir, () => iso);
}

async function addOn(dir: string, iso: string, key: string, fields: Omit<ActivityCreateInput, 'categoryId'>) {
  const app = appOn(dir, iso);
  const categoryId = (await app.registry.call('categories.list', {})).find((c) => c.key === key)!.id;
  const created = await app.registry.call('activities.create', { categoryId, ...fields });
  app.close();
  return created;
}

describe('reminders.list', () => {
  it('says nothing on a fresh install on an ordinary day', async () => {
    const app = openTempApp(undefined, () => '2025-08-10T02:00:00.000Z');
    expect(await app.registry.call('reminders.list', {})).toEqual([]);
  });

  it('reminds after 30 days without a new entry, naming the last one, and not before', async () => {
    const dir = tempDir();
    await addOn(dir, '2025-07-01T02:00:00.000Z', 'study', { date: '2025-07-01', title: '集体学法', summary: '开展集体学法' });
    expect(await appOn(dir, '2025-07-30T02:00:00.000Z').registry.call('reminders.list', {})).toEqual([]);
    expect(await appOn(dir, '2025-07-31T02:00:00.000Z').registry.call('reminders.list', {})).toEqual([
      { kind: 'idle', id: 'idle@2025-07-01', lastDate: '2025-07-01', days: 30, text: '已经30天没有记台账了（最近一条是7月1日的“集体学法”），近期开展的工作请及时登记' },
    ]);
  });

  it('announces a 普法日 within 14 days, with the day for one-click entry', async () => {
    const app = openTempApp(undefined, () => '2025-11-25T02:00:00.000Z');
    const list = await app.registry.call('reminders.list', {});
    expect(list.map((x) => x.id)).toEqual(['pufa@1202@2025-12-02', 'pufa@1204@2025-12-04']);
    const first = list[0]!;
    expect(first.text).toBe('普法日提醒：12月2日 全国交通安全日 还有7天');
    expect(first.kind === 'pufa' && first.day).toMatchObject({ name: '全国交通安全日', date: '2025-12-02', daysUntil: 7 });
  });

  it('asks for last quarter’s total of a counter kept before, in the first 20 days of a quarter only', async () => {
    const dir = tempDir();
    await addOn(dir, '2025-04-05T02:00:00.000Z', 'disputes', { date: '2025-03-31', title: '一季度行政复议', period: 'quarter', metrics: [{ name: '行政复议', value: 3, unit: '件' }] });
    const early = await appOn(dir, '2025-07-08T02:00:00.000Z').registry.call('reminders.list', {});
    const quarter = early.filter((x) => x.kind === 'quarter-total');
    expect(quarter).toEqual([
      expect.objectContaining({
        id: expect.stringMatching(/^quarter@2025Q2#\d+$/),
        year: 2025,
        quarter: 2,
        date: '2025-06-30',
        categoryName: '矛盾纠纷化解',
        metrics: [{ name: '行政复议', unit: '件' }],
        text: '2025年第二季度“矛盾纠纷化解”的季度汇总还没有登记：行政复议',
      }),
    ]);
    expect((await appOn(dir, '2025-07-21T02:00:00.000Z').registry.call('reminders.list', {})).filter((x) => x.kind === 'quarter-total')).toEqual([]);
    await addOn(dir, '2025-07-09T02:00:00.000Z', 'disputes', { date: '2025-06-30', title: '二季度行政复议', period: 'quarter', metrics: [{ name: '行政复议', value: 4, unit: '件' }] });
    expect((await appOn(dir, '2025-07-10T02:00:00.000Z').registry.call('reminders.list', {})).filter((x) => x.kind === 'quarter-total')).toEqual([]);
  });

  it('does not ask for counters the unit has never kept as a period total', async () => {
    const dir = tempDir();
    await addOn(dir, '2025-06-20T02:00:00.000Z', 'disputes', { date: '2025-06-20', title: '调解纠纷', summary: '调解一起纠纷', metrics: [{ name: '调解', value: 1, unit: '起' }] });
    expect((await appOn(dir, '2025-07-08T02:00:00.000Z').registry.call('reminders.list', {})).filter((x) => x.kind === 'quarter-total')).toEqual([]);
  });
});
