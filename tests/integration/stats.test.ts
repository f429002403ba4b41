import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { yearEntries } from '../../electron/report/assembly/gather-input';
import { exportPath } from '../../electron/spreadsheet/export-files';
import { STATS_HEADER_ROW } from '../../electron/stats/write-stats-xlsx';
import { listCategories } from '../../electron/store/category-store';
import type { InputOf } from '../../shared/contract/operations';
import type { StatsDimensionKey, StatsYearView } from '../../shared/domain/stats';
import { AppError } from '../../shared/errors';
import { computeTotals } from '../../shared/report/numbers/metric-totals';
import { openTempApp } from '../helpers/temp-app';

type App = ReturnType<typeof openTempApp>;
type Entry = Omit<InputOf<'activities.create'>, 'categoryId'> & { category: string };

function categoryId(app: App, key: string): number {
  return listCategories(app.ctx.db).find((c) => c.key === key)!.id;
}

async function add(app: App, e: Entry): Promise<string> {
  const { category, ...fields } = e;
  return (await app.registry.call('activities.create', { ...fields, categoryId: categoryId(app, category) })).id;
}

const m = (name: string, value: number, unit: string, approximate = false) => ({ name, value, unit, approximate });

/** 2024 against 2023, with a span, period counters, a rate, a trashed entry and entries outside both years. */
async function seed(app: App) {
  await app.registry.call('unit.update', { name: '某某区司法局', departments: ['法规科', '办公室'] });
  const ids = {
    studyJan: await add(app, { category: 'study', date: '2024-01-10', title: '一月集体学法', department: '法规科', participantCount: 25, metrics: [m('学时', 2, '学时')] }),
    spanJanFeb: await add(app, { category: 'pufa', date: '2024-01-31', endDate: '2024-02-02', title: '跨月普法宣传周', department: '普法科', metrics: [m('发放资料', 500, '份', true)] }),
    pufaMar: await add(app, { category: 'pufa', date: '2024-03-05', title: '三月法律咨询', metrics: [m('发放资料', 300, '份')] }),
    casesMar: await add(app, { category: 'enforcement', date: '2024-03-20', period: 'month', title: '三月办案统计', metrics: [m('办理案件', 10, '件')] }),
    casesApr: await add(app, { category: 'enforcement', date: '2024-04-30', period: 'month', title: '四月办案统计', metrics: [m('办理案件', 12, '件')] }),
    casesQ2: await add(app, { category: 'enforcement', date: '2024-06-30', period: 'quarter', title: '二季度办案统计', metrics: [m('办理案件', 40, '件')] }),
    caseMay: await add(app, { category: 'enforcement', date: '2024-05-10', title: '一起案件办结', metrics: [m('办理案件', 1, '件')] }),
    rateDec: await add(app, { category: 'enforcement', date: '2024-12-31', title: '执法信息公示', metrics: [m('公示率', 100, '%')] }),
    trashed: await add(app, { category: 'study', date: '2024-12-31', title: '已删除的学法', department: '法规科', participantCount: 999, metrics: [m('学时', 100, '学时')] }),
  };
  await app.registry.call('activities.delete', { id: ids.trashed });
  await add(app, { category: 'study', date: '2023-03-01', title: '去年学法', department: '法规科', participantCount: 10, metrics: [m('学时', 4, '学时')] });
  await add(app, { category: 'pufa', date: '2023-05-01', title: '去年普法', department: '普法科', metrics: [m('发放资料', 1000, '份')] });
  await add(app, { category: 'enforcement', date: '2023-12-31', period: 'year', title: '去年全年办案', metrics: [m('办理案件', 50, '件')] });
  await add(app, { category: 'enforcement', date: '2023-12-31', title: '去年公示', metrics: [m('公示率', 90, '%')] });
  await add(app, { category: 'study', date: '2022-12-31', title: '前年学法', metrics: [m('学时', 7, '学时')] });
  await add(app, { category: 'study', date: '2025-01-01', title: '明年学法', metrics: [m('学时', 9, '学时')] });
  return ids;
}

function dimension(view: StatsYearView, key: StatsDimensionKey) {
  return view.dimensions.find((d) => d.key === key)!;
}

function counts(view: StatsYearView, key: StatsDimensionKey): Record<string, [number, number]> {
  return Object.fromEntries(dimension(view, key).rows.map((r) => [r.label, [r.count, r.lastYear]]));
}

async function listedTitles(app: App, filters: Omit<InputOf<'activities.list'>, 'limit'>): Promise<string[]> {
  const page = await app.registry.call('activities.list', { ...filters, sort: 'date_asc', limit: 500 });
  expect(page.items).toHaveLength(page.total);
  return page.items.map((a) => a.title);
}

describe('stats.year', () => {
  it('counts the live entries of the year by start month, category and department, against last year', async () => {
    const app = openTempApp();
    await seed(app);
    const view = await app.registry.call('stats.year', { year: 2024 });

    expect(view.total).toEqual({ count: 8, lastYear: 4, change: { direction: 'up', percent: 100 } });
    expect(view.participants).toEqual({ count: 25, lastYear: 10, change: { direction: 'up', percent: 150 } });

    const months = dimension(view, 'month').rows;
    expect(months.map((r) => r.label)).toEqual(['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月']);
    expect(months.map((r) => r.count)).toEqual([2, 0, 2, 1, 1, 1, 0, 0, 0, 0, 0, 1]);
    expect(months.map((r) => r.lastYear)).toEqual([0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 2]);
    expect(months[2]!.change).toEqual({ direction: 'up', percent: 100 });
    expect(months[4]!.change).toEqual({ direction: 'flat', percent: 0 });
    expect(months[11]!.change).toEqual({ direction: 'down', percent: 50 });
    // No 同比 against a month with nothing last year.
    expect(months[0]!.change).toBeNull();

    const categories = counts(view, 'category');
    expect(categories['学习贯彻习近平法治思想']).toEqual([1, 1]);
    expect(categories['普法宣传教育']).toEqual([2, 1]);
    expect(categories['行政执法']).toEqual([5, 2]);
    // Every visible category is listed, with nothing logged too.
    expect(dimension(view, 'category').rows).toHaveLength(listCategories(app.ctx.db).filter((c) => !c.hidden).length);
    expect(Object.values(categories).reduce((s, [n]) => s + n, 0)).toBe(8);

    expect(counts(view, 'department')).toEqual({ 法规科: [1, 1], 办公室: [0, 0], 普法科: [1, 1], '（未填写承办科室）': [6, 2] });
  });

  it('each figure’s drill lists exactly the entries it counts (a span only in its start month, never the trash)', async () => {
    const app = openTempApp();
    await seed(app);
    const view = await app.registry.call('stats.year', { year: 2024 });
    for (const d of view.dimensions) {
      for (const r of d.rows) {
        expect(await listedTitles(app, { year: 2024, ...r.drill }), `${d.label} ${r.label}`).toHaveLength(r.count);
        expect(await listedTitles(app, { year: 2023, ...r.drill }), `${d.label} ${r.label} 上年`).toHaveLength(r.lastYear);
      }
    }
    const month = (n: number) => dimension(view, 'month').rows[n - 1]!.drill;
    expect(await listedTitles(app, { year: 2024, ...month(1) })).toEqual(['一月集体学法', '跨月普法宣传周']);
    expect(await listedTitles(app, { year: 2024, ...month(2) })).toEqual([]);
    expect(await listedTitles(app, { year: 2024, ...month(12) })).toEqual(['执法信息公示']);
    const blank = dimension(view, 'department').rows.find((r) => r.key === '')!;
    expect(blank.drill).toEqual({ withoutDepartment: true });
    expect(await listedTitles(app, { year: 2023, ...blank.drill })).toEqual(['去年全年办案', '去年公示']);
  });

  it('totals metrics by the report’s rule: period counters are not counted twice, rates get no 同比', async () => {
    const app = openTempApp();
    const ids = await seed(app);
    const view = await app.registry.call('stats.year', { year: 2024 });
    const metric = (name: string) => view.metrics.find((x) => x.name === name)!;

    expect(metric('学时')).toMatchObject({ value: 2, unit: '学时', lastYear: { value: 4, approximate: false }, change: { direction: 'down', percent: 50 }, entries: 1, notCounted: [] });
    expect(metric('发放资料')).toMatchObject({ value: 800, approximate: true, lastYear: { value: 1000 }, change: { direction: 'down', percent: 20 }, entries: 2 });
    // March from its month total, Q2 from its quarter total (April's month total and May's single case left out).
    const cases = metric('办理案件');
    expect(cases).toMatchObject({ value: 50, unit: '件', lastYear: { value: 50 }, change: { direction: 'flat', percent: 0 }, entries: 2 });
    expect(new Set(cases.notCounted)).toEqual(new Set([ids.casesApr, ids.caseMay]));
    expect(cases.drill).toEqual({ metricName: '办理案件', metricUnit: '件' });
    expect(await listedTitles(app, { year: 2024, ...cases.drill })).toEqual(['三月办案统计', '四月办案统计', '一起案件办结', '二季度办案统计']);
    expect(metric('公示率')).toMatchObject({ value: 100, unit: '%', lastYear: { value: 90 }, change: null });
    expect(view.notes.some((n) => n.includes('办理案件'))).toBe(true);
    // The same totals the annual report computes from the year's entries.
    const report = computeTotals(yearEntries(app.ctx.db, 2024));
    expect(Object.fromEntries(view.metrics.map((x) => [x.name, [x.value, x.approximate, x.entries]]))).toEqual(
      Object.fromEntries(report.totals.map((t) => [t.name, [t.value, t.approximate, t.sources.length]])),
    );
    expect(view.notes).toEqual(report.notes.map((n) => n.message));
  });

  it('has no 同比 when last year has no figures, and a metric only last year had is listed without a value', async () => {
    const app = openTempApp();
    await seed(app);
    const view = await app.registry.call('stats.year', { year: 2025 });
    expect(view.total).toEqual({ count: 1, lastYear: 8, change: { direction: 'down', percent: 87.5 } });
    const first = await app.registry.call('stats.year', { year: 2023 });
    expect(first.total).toEqual({ count: 4, lastYear: 1, change: { direction: 'up', percent: 300 } });
    const lonely = await app.registry.call('stats.year', { year: 2022 });
    expect(lonely.total).toEqual({ count: 1, lastYear: 0, change: null });
    expect(lonely.metrics).toEqual([{ name: '学时', unit: '学时', value: 7, approximate: false, lastYear: null, change: null, entries: 1, notCounted: [], drill: { metricName: '学时', metricUnit: '学时' } }]);
    const gone = view.metrics.find((x) => x.name === '办理案件')!;
    expect(gone).toMatchObject({ value: null, lastYear: { value: 50 }, change: null, entries: 0 });
    expect(view.metrics.at(-1)!.value).toBeNull();
  });

  it('answers an empty year with zeros, not errors', async () => {
    const app = openTempApp();
    const view = await app.registry.call('stats.year', { year: 2030 });
    expect(view.total).toEqual({ count: 0, lastYear: 0, change: null });
    expect(view.participants).toEqual({ count: 0, lastYear: 0, change: null });
    expect(dimension(view, 'month').rows.map((r) => r.count)).toEqual(Array(12).fill(0));
    expect(dimension(view, 'category').rows.every((r) => r.count === 0 && r.change === null)).toBe(true);
    expect(dimension(view, 'department').rows).toEqual([]);
    expect(view.metrics).toEqual([]);
    expect(view.notes).toEqual([]);
  });

  it('refuses an impossible year and a month without a year, naming the field', async () => {
    const app = openTempApp();
    await expect(app.registry.call('stats.year', { year: 1800 })).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringContaining('年度') });
    const err = await app.registry.call('activities.list', { month: 3 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).message).toContain('按月份筛选需要同时选择年度');
    await expect(app.registry.call('activities.list', { year: 2024, month: 13 })).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringContaining('月份') });
    await expect(app.registry.call('activities.list', { metricUnit: '件' })).rejects.toMatchObject({ message: expect.stringContaining('指标名称') });
    await expect(app.registry.call('activities.list', { department: '法规科', withoutDepartment: true })).rejects.toMatchObject({ message: expect.stringContaining('未填写承办科室') });
  });
});

describe('stats.export', () => {
  it('writes one sheet per table with a title row, Chinese headers and numbers as numbers', async () => {
    const app = openTempApp();
    await seed(app);
    const made = await app.registry.call('stats.export', { year: 2024 });
    expect(made.fileName).toBe('某某区司法局2024年法治工作统计.xlsx');
    const file = exportPath(app.ctx.dataDir, made.exportId);
    expect(file).not.toBeNull();
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file!);
    expect(book.worksheets.map((s) => s.name)).toEqual(['概况', '按月份', '按类别', '按承办科室', '按来源', '指标合计']);

    const row = (sheet: string, n: number) => (book.getWorksheet(sheet)!.getRow(n).values as unknown[]).slice(1);
    const months = book.getWorksheet('按月份')!;
    expect(String(months.getCell('A1').value)).toBe('某某区司法局2024年法治工作统计——按月份统计台账条数（单位：条）');
    expect(row('按月份', STATS_HEADER_ROW)).toEqual(['月份', '2024年', '2023年', '同比增减（%）']);
    expect(row('按月份', 3)).toEqual(['1月', 2, 0]);
    expect(row('按月份', 5)).toEqual(['3月', 2, 1, 100]);
    expect(row('按月份', 14)).toEqual(['12月', 1, 2, -50]);
    expect(row('按月份', 15)).toEqual(['合计', 8, 4, 100]);
    expect(typeof months.getCell('B3').value).toBe('number');

    expect(row('概况', 3)).toEqual(['台账条数（活动总数）', '条', 8, 4, 100]);
    expect(row('按承办科室', 3)).toEqual(['法规科', 1, 1, 0]);
    const metrics = book.getWorksheet('指标合计')!;
    expect(row('指标合计', STATS_HEADER_ROW)).toEqual(['指标', '单位', '2024年', '2023年', '同比增减（%）', '计入的台账（条）']);
    const cases = metrics.getRows(3, 4)!.map((r) => (r.values as unknown[]).slice(1)).find((r) => r[0] === '办理案件');
    expect(cases).toEqual(['办理案件', '件', 50, 50, 0, 2]);
    const rate = metrics.getRows(3, 4)!.map((r) => (r.values as unknown[]).slice(1)).find((r) => r[0] === '公示率');
    // A rate has no 同比: the cell is empty, not 0.
    expect(rate).toEqual(['公示率', '%', 100, 90, undefined, 1]);
  });

  it('an empty year still gives a complete workbook, and a second export never replaces the first', async () => {
    const app = openTempApp();
    const first = await app.registry.call('stats.export', { year: 2030 });
    const second = await app.registry.call('stats.export', { year: 2030 });
    expect(second.exportId).not.toBe(first.exportId);
    expect(first.fileName).toBe('2030年法治工作统计.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(exportPath(app.ctx.dataDir, first.exportId)!);
    expect((book.getWorksheet('按月份')!.getRow(15).values as unknown[]).slice(1)).toEqual(['合计', 0, 0]);
  });
});
