import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportPath } from '../../electron/spreadsheet/export-files';
import type { InputOf } from '../../shared/contract/operations';
import type { StatsYearView } from '../../shared/domain/stats';
import { openTempApp } from '../helpers/temp-app';

// An entry known only to the year (an old 台账 row dated “2025年”) is stored as Jan 1 .. Dec 31. The
// 统计 page counts it in the year but in no month: it has a bucket of its own, 月份不详, never 1月.
// One known only to the month stays in its (first) month, as a span of days does.

type App = ReturnType<typeof openTempApp>;

async function seed(app: App) {
  const [category] = await app.registry.call('categories.list', {});
  const add = (e: Omit<InputOf<'activities.create'>, 'categoryId'>) => app.registry.call('activities.create', { ...e, categoryId: category!.id });
  await add({ date: '2025-01-15', title: '一月学法' });
  await add({ date: '2025-03-30', endDate: '2025-04-02', title: '跨月培训' });
  await add({ date: '2025-10-01', endDate: '2025-11-30', datePrecision: 'month', title: '十月至十一月普法' });
  await add({ date: '2025-01-01', endDate: '2025-12-31', datePrecision: 'year', title: '只写年份的旧台账' });
  await add({ date: '2024-01-01', endDate: '2024-12-31', datePrecision: 'year', title: '去年只写年份' });
  await add({ date: '2024-01-20', title: '去年一月学法' });
}

const months = (view: StatsYearView) => view.dimensions.find((d) => d.key === 'month')!.rows;

async function titles(app: App, filters: Omit<InputOf<'activities.list'>, 'limit'>): Promise<string[]> {
  const page = await app.registry.call('activities.list', { ...filters, sort: 'date_asc', limit: 500 });
  return page.items.map((a) => a.title);
}

describe('统计 of entries dated only to the month or the year', () => {
  it('counts a year-only entry in the total and under 月份不详, not under 1月', async () => {
    const app = openTempApp();
    await seed(app);
    const view = await app.registry.call('stats.year', { year: 2025 });
    expect(view.total.count).toBe(4);
    const rows = months(view);
    expect(rows.map((r) => r.label)).toEqual(['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '月份不详']);
    expect(rows.map((r) => r.count)).toEqual([1, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1]);
    expect(rows.map((r) => r.lastYear)).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(rows.reduce((n, r) => n + r.count, 0)).toBe(view.total.count);
  });

  it('drills down to exactly the entries of each bucket, in both years', async () => {
    const app = openTempApp();
    await seed(app);
    const rows = months(await app.registry.call('stats.year', { year: 2025 }));
    const row = (label: string) => rows.find((r) => r.label === label)!;
    expect(await titles(app, { year: 2025, ...row('月份不详').drill })).toEqual(['只写年份的旧台账']);
    expect(await titles(app, { year: 2024, ...row('月份不详').drill })).toEqual(['去年只写年份']);
    expect(await titles(app, { year: 2025, ...row('1月').drill })).toEqual(['一月学法']);
    expect(await titles(app, { year: 2024, ...row('1月').drill })).toEqual(['去年一月学法']);
    expect(await titles(app, { year: 2025, ...row('10月').drill })).toEqual(['十月至十一月普法']);
    expect(await titles(app, { year: 2025, ...row('11月').drill })).toEqual([]);
    for (const r of rows) expect(await titles(app, { year: 2025, ...r.drill }), r.label).toHaveLength(r.count);
  });

  it('shows no 月份不详 when neither year has such an entry', async () => {
    const app = openTempApp();
    await seed(app);
    expect(months(await app.registry.call('stats.year', { year: 2023 })).map((r) => r.label)).not.toContain('月份不详');
    const next = months(await app.registry.call('stats.year', { year: 2026 }));
    expect(next.at(-1)).toMatchObject({ label: '月份不详', count: 0, lastYear: 1 });
  });

  it('the Excel 按月份 sheet has the 月份不详 row and says why', async () => {
    const app = openTempApp();
    await seed(app);
    const made = await app.registry.call('stats.export', { year: 2025 });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(exportPath(app.ctx.dataDir, made.exportId)!);
    const sheet = book.getWorksheet('按月份')!;
    const row = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(row(14)).toEqual(['12月', 0, 0]);
    expect(row(15)).toEqual(['月份不详', 1, 1, 0]);
    expect(row(16)).toEqual(['合计', 4, 2, 100]);
    const notes: string[] = [];
    sheet.eachRow((r) => notes.push(String(r.getCell(1).value)));
    expect(notes.some((n) => n.includes('2025年有1条、2024年有1条台账的日期只写了年份'))).toBe(true);
  });
});
