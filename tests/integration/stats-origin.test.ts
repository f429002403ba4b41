import { describe, expect, it } from 'vitest';
import { openTempApp } from '../helpers/temp-app';

// Entries merged from another unit's data package (汇总) carry that unit's name as their origin; the
// 统计 page counts by it, and a click on a group lists exactly its entries.
describe('统计 by 来源', () => {
  it('counts this unit and each merged unit apart, and drills down to exactly those entries', async () => {
    const app = openTempApp();
    const [category] = await app.registry.call('categories.list', {});
    const add = async (date: string, title: string) => (await app.registry.call('activities.create', { date, title, categoryId: category!.id })).id;
    await add('2025-03-01', '本单位学法');
    const merged = [await add('2025-04-01', '司法所普法'), await add('2025-05-01', '司法所调解')];
    await add('2024-06-01', '去年司法所活动').then((id) => merged.push(id));
    // As a merge leaves them (electron/package/apply-merge.ts writes the package's unit name).
    const setOrigin = app.ctx.db.prepare("UPDATE activities SET origin = '某某司法所' WHERE id = ?");
    for (const id of merged) setOrigin.run(id);

    const view = await app.registry.call('stats.year', { year: 2025 });
    const origin = view.dimensions.find((d) => d.key === 'origin')!;
    expect(origin.label).toBe('来源');
    expect(origin.rows.map((r) => [r.label, r.count, r.lastYear])).toEqual([
      ['本单位', 1, 0],
      ['某某司法所', 2, 1],
    ]);
    const row = origin.rows.find((r) => r.label === '某某司法所')!;
    const page = await app.registry.call('activities.list', { year: 2025, ...row.drill, sort: 'date_asc' });
    expect(page.items.map((a) => a.title)).toEqual(['司法所普法', '司法所调解']);
  });
});
