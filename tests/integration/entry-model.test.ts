import { describe, expect, it } from 'vitest';
import type { InputOf } from '../../shared/contract/operations';
import { rejected } from '../helpers/rejected';
import { openTempApp, tempDir } from '../helpers/temp-app';

type CreateInput = InputOf<'activities.create'>;

const pufaDay: CreateInput = {
  date: '2024-12-04',
  categoryId: 11,
  title: '国家宪法日宣传活动',
  summary: '在人民广场开展“12·4”国家宪法日宣传活动',
  participantCount: 12,
  participantsDesc: '局领导班子成员、法规科全体人员',
  leaderRole: '参加',
  docTitle: '关于开展2024年国家宪法日宣传活动的通知',
  docNumber: '柳莲保发〔2024〕12号',
  tags: ['宪法'],
  metrics: [
    { name: '发放资料', value: 800, unit: '份', approximate: true },
    { name: '接待咨询', value: 120, unit: '人次' },
    { name: '满意率', value: 98.5, unit: '%' },
  ],
};

function count(app: ReturnType<typeof openTempApp>, table: string): number {
  return (app.ctx.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

describe('entry model: the new fields', () => {
  it('round-trips every new field and keeps them after closing and reopening', async () => {
    const dir = tempDir();
    const first = openTempApp(dir);
    const created = await first.registry.call('activities.create', { ...pufaDay, period: '' });
    expect(created).toMatchObject({
      participantsDesc: '局领导班子成员、法规科全体人员',
      leaderRole: '参加',
      docTitle: '关于开展2024年国家宪法日宣传活动的通知',
      docNumber: '柳莲保发〔2024〕12号',
      period: '',
      metrics: [
        { name: '发放资料', value: 800, unit: '份', approximate: true },
        { name: '接待咨询', value: 120, unit: '人次', approximate: false },
        { name: '满意率', value: 98.5, unit: '%', approximate: false },
      ],
    });
    first.close();
    const second = openTempApp(dir);
    expect(await second.registry.call('activities.get', { id: created.id })).toEqual(created);
    const listed = await second.registry.call('activities.list', { year: 2024 });
    expect(listed.items).toEqual([created]);
  });

  it('gives an older-style entry empty values for the new fields', async () => {
    const app = openTempApp();
    const created = await app.registry.call('activities.create', { date: '2024-01-05', categoryId: 1, title: '会前学法' });
    expect(created).toMatchObject({ participantsDesc: '', leaderRole: '', docTitle: '', docNumber: '', period: '', metrics: [] });
  });

  it('stores a document title without the 《》 the user typed, but keeps inner titles', async () => {
    const app = openTempApp();
    const a = await app.registry.call('activities.create', { ...pufaDay, docTitle: ' 《关于印发〈法治宣传教育工作要点〉的通知》 ' });
    expect(a.docTitle).toBe('关于印发〈法治宣传教育工作要点〉的通知');
    const b = await app.registry.call('activities.update', { id: a.id, docTitle: '关于印发《2024年普法工作要点》的通知' });
    expect(b.docTitle).toBe('关于印发《2024年普法工作要点》的通知');
    const c = await app.registry.call('activities.update', { id: a.id, docTitle: `《${'法'.repeat(200)}》` });
    expect(c.docTitle).toBe('法'.repeat(200));
  });

  it.each(['', 'month', 'quarter', 'year'] as const)('keeps period %j', async (period) => {
    const app = openTempApp();
    const created = await app.registry.call('activities.create', { ...pufaDay, period });
    expect((await app.registry.call('activities.get', { id: created.id })).period).toBe(period);
  });

  it('keeps metrics in the order given, and an update with metrics replaces the whole list', async () => {
    const app = openTempApp();
    const created = await app.registry.call('activities.create', pufaDay);
    expect(created.metrics.map((m) => m.name)).toEqual(['发放资料', '接待咨询', '满意率']);
    const reordered = await app.registry.call('activities.update', {
      id: created.id,
      metrics: [
        { name: '满意率', value: 99, unit: '%' },
        { name: '发放资料', value: 0.1234, unit: '万份' },
      ],
    });
    expect(reordered.metrics).toEqual([
      { name: '满意率', value: 99, unit: '%', approximate: false },
      { name: '发放资料', value: 0.1234, unit: '万份', approximate: false },
    ]);
    const untouched = await app.registry.call('activities.update', { id: created.id, title: '改了标题' });
    expect(untouched.metrics).toEqual(reordered.metrics);
    const cleared = await app.registry.call('activities.update', { id: created.id, metrics: [] });
    expect(cleared.metrics).toEqual([]);
    expect(count(app, 'activity_metrics')).toBe(0);
  });

  it('reads the metrics of a whole page correctly, each entry its own', async () => {
    const app = openTempApp();
    for (let i = 0; i < 120; i++) {
      await app.registry.call('activities.create', {
        date: '2024-05-01',
        categoryId: 11,
        title: `活动${i}`,
        metrics: i % 3 === 0 ? [] : [{ name: '参与', value: i, unit: '人次' }, { name: '发放资料', value: i * 10, unit: '份' }],
      });
    }
    const page = await app.registry.call('activities.list', { limit: 500 });
    expect(page.items).toHaveLength(120);
    for (const a of page.items) {
      const i = Number(a.title.slice(2));
      expect(a.metrics.map((m) => m.value)).toEqual(i % 3 === 0 ? [] : [i, i * 10]);
    }
  });
});

describe('entry model: bad metrics and fields are refused in Chinese, nothing written', () => {
  const metric = (value: unknown) => ({ name: '参与', value, unit: '人次' });
  const cases: [string, unknown, RegExp][] = [
    ['NaN as a value', [metric(1), metric(Number.NaN)], /指标第2项数值：应为数字/],
    ['Infinity as a value', [metric(Number.POSITIVE_INFINITY)], /指标第1项数值：应为数字/],
    ['a negative value', [metric(1), { name: '发放', value: -5 }], /指标第2项数值：不能小于0/],
    ['a value in words', [metric('三十')], /指标第1项数值：应为数字/],
    ['five decimals', [metric(1.23456)], /指标第1项数值：最多保留4位小数/],
    ['a missing name', [{ value: 3 }], /指标第1项名称：必须填写/],
    ['an empty name', [{ name: ' ', value: 3 }], /指标第1项名称：不能为空/],
    ['a unit over 10 characters', [{ name: '参与', value: 3, unit: '人'.repeat(11) }], /指标第1项单位：不能超过10个字/],
    ['the same name twice', [metric(1), { name: '发放', value: 2 }, metric(3)], /指标第3项名称：与第1项重名/],
    ['more than 30 metrics', Array.from({ length: 31 }, (_, i) => ({ name: `指标${i}`, value: i })), /指标：最多30项/],
    ['an unknown part', [{ name: '参与', value: 1, note: 'x' }], /指标第1项：含有不认识的字段：note/],
  ];

  it.each(cases)('%s', async (_name, metrics, message) => {
    const app = openTempApp();
    const err = await rejected(app.registry.call('activities.create', { ...pufaDay, metrics } as CreateInput));
    expect(err.code).toBe('invalid_input');
    expect(err.message).toMatch(message);
    expect(count(app, 'activities')).toBe(0);
    expect(count(app, 'activity_metrics')).toBe(0);
  });

  it('points a form at the wrong metric box', async () => {
    const app = openTempApp();
    const err = await rejected(app.registry.call('activities.create', { ...pufaDay, metrics: [metric(1), metric('三十')] } as CreateInput));
    expect(Object.keys(err.fields ?? {})).toContain('metrics.1.value');
  });

  it.each([
    ['leaderRole', '局长', /主要负责人参与：只能是：、参加、主持、述法/],
    ['period', 'week', /统计期间：只能是：、month、quarter、year/],
    ['docNumber', '号'.repeat(51), /文号：不能超过50个字/],
    ['participantsDesc', '人'.repeat(201), /参加人员：不能超过200个字/],
    ['docTitle', `《${'法'.repeat(201)}》`, /文件标题：不能超过200个字/],
    ['docTitle', 12, /文件标题：应为文字/],
  ])('refuses a bad %s', async (field, value, message) => {
    const app = openTempApp();
    const err = await rejected(app.registry.call('activities.create', { ...pufaDay, [field]: value } as CreateInput));
    expect(err.message).toMatch(message);
    expect(count(app, 'activities')).toBe(0);
  });

  it('keeps the old metrics when an update is refused', async () => {
    const app = openTempApp();
    const created = await app.registry.call('activities.create', pufaDay);
    await rejected(app.registry.call('activities.update', { id: created.id, metrics: [metric(1), metric(2)] } as InputOf<'activities.update'>));
    expect((await app.registry.call('activities.get', { id: created.id })).metrics).toEqual(created.metrics);
  });
});

describe('entry model: the leaderRole filter', () => {
  it("lists entries by the leader's part: any, or one of 参加/主持/述法", async () => {
    const app = openTempApp();
    for (const [title, leaderRole] of [['无', ''], ['参加的', '参加'], ['主持的', '主持'], ['述法的', '述法']] as const) {
      await app.registry.call('activities.create', { date: '2024-06-01', categoryId: 2, title, leaderRole });
    }
    const titles = async (leaderRole?: 'any' | '参加' | '主持' | '述法') =>
      (await app.registry.call('activities.list', leaderRole ? { leaderRole } : {})).items.map((a) => a.title).sort();
    expect(await titles()).toEqual(['主持的', '参加的', '无', '述法的']);
    expect(await titles('any')).toEqual(['主持的', '参加的', '述法的']);
    expect(await titles('述法')).toEqual(['述法的']);
    expect(await titles('主持')).toEqual(['主持的']);
    const page = await app.registry.call('activities.list', { leaderRole: 'any', limit: 1 });
    expect(page.total).toBe(3);
    const err = await rejected(app.registry.call('activities.list', { leaderRole: '' as 'any' }));
    expect(err.message).toMatch(/主要负责人参与/);
  });
});
