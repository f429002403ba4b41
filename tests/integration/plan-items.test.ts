import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../electron/store/migrations';
import { rejected } from '../helpers/rejected';
import { openTempApp, tempDir } from '../helpers/temp-app';

// Year rollover: last year's 下一年度安排 becomes this year's checklist; items are linked to entries,
// marked, and the report's part 四 opens with how the plan went.

async function setUp() {
  const app = openTempApp(undefined, () => '2025-06-01T02:00:00.000Z');
  const r = app.registry;
  await r.call('report.narrative.set', { year: 2024, problems: [], plans: ['建立普法责任清单。', '开展执法案卷评查。', '推进法律顾问全覆盖。'] });
  const categories = await r.call('categories.list', {});
  const cat = (key: string) => categories.find((c) => c.key === key)!.id;
  return { app, r, cat };
}

describe('plans.items', () => {
  it('takes last year’s plans as this year’s checklist on first read, and re-reading adds nothing', async () => {
    const { r } = await setUp();
    const first = await r.call('plans.items.list', { year: 2025 });
    expect(first.map((i) => [i.position, i.text, i.status, i.note, i.entries])).toEqual([
      [1, '建立普法责任清单。', 'open', '', []],
      [2, '开展执法案卷评查。', 'open', '', []],
      [3, '推进法律顾问全覆盖。', 'open', '', []],
    ]);
    expect(await r.call('plans.items.list', { year: 2025 })).toEqual(first);
    await r.call('report.narrative.set', { year: 2024, problems: [], plans: ['建立普法责任清单。', '开展执法案卷评查。', '推进法律顾问全覆盖。', '加强执法培训。'] });
    const grown = await r.call('plans.items.list', { year: 2025 });
    expect(grown.map((i) => i.text)).toEqual(['建立普法责任清单。', '开展执法案卷评查。', '推进法律顾问全覆盖。', '加强执法培训。']);
    expect(grown.slice(0, 3)).toEqual(first);
    expect(await r.call('plans.items.list', { year: 2026 })).toEqual([]);
  });

  it('links and unlinks this year’s entries, hides one in the trash, and refuses another year’s entry', async () => {
    const { r, cat } = await setUp();
    const [item] = await r.call('plans.items.list', { year: 2025 });
    const entry = await r.call('activities.create', { date: '2025-03-01', categoryId: cat('pufa'), title: '印发普法责任清单', summary: '印发普法责任清单' });
    const linked = await r.call('plans.items.link', { itemId: item!.id, activityId: entry.id });
    expect(linked.entries).toEqual([{ id: entry.id, date: '2025-03-01', datePrecision: 'day', endDate: null, title: '印发普法责任清单' }]);
    expect((await r.call('plans.items.link', { itemId: item!.id, activityId: entry.id })).entries).toHaveLength(1);
    await r.call('activities.delete', { id: entry.id });
    expect((await r.call('plans.items.list', { year: 2025 }))[0]!.entries).toEqual([]);
    await r.call('activities.restore', { id: entry.id });
    expect((await r.call('plans.items.list', { year: 2025 }))[0]!.entries).toHaveLength(1);
    expect((await r.call('plans.items.unlink', { itemId: item!.id, activityId: entry.id })).entries).toEqual([]);

    const old = await r.call('activities.create', { date: '2024-11-01', categoryId: cat('pufa'), title: '去年的活动' });
    const err = await rejected(r.call('plans.items.link', { itemId: item!.id, activityId: old.id }));
    expect(err.message).toBe('“去年的活动”是2024年的台账，只能关联2025年的台账。');
    const missing = await rejected(r.call('plans.items.link', { itemId: 9999, activityId: old.id }));
    expect(missing.message).toBe('找不到这个计划事项，请刷新页面后重试。');
  });

  it('marks 已落实 / 未开展 with a note, and refuses a note with a line break', async () => {
    const { r } = await setUp();
    const [, second] = await r.call('plans.items.list', { year: 2025 });
    const marked = await r.call('plans.items.setStatus', { itemId: second!.id, status: 'not-done', note: '因机构改革推迟到明年' });
    expect([marked.status, marked.note]).toEqual(['not-done', '因机构改革推迟到明年']);
    const err = await rejected(r.call('plans.items.setStatus', { itemId: second!.id, status: 'done', note: '第一行\n第二行' }));
    expect(err.message).toContain('说明');
    expect((await r.call('plans.items.list', { year: 2025 }))[1]!.status).toBe('not-done');
  });

  it('opens part 四 of the report with how last year’s plan went, sourced from the linked entries', async () => {
    const { r, cat } = await setUp();
    const [a, b, c] = await r.call('plans.items.list', { year: 2025 });
    const e1 = await r.call('activities.create', { date: '2025-03-01', categoryId: cat('pufa'), title: '印发普法责任清单', summary: '印发普法责任清单' });
    const e2 = await r.call('activities.create', { date: '2025-04-01', categoryId: cat('enforcement'), title: '案卷评查', summary: '开展执法案卷评查' });
    await r.call('plans.items.link', { itemId: a!.id, activityId: e1.id });
    await r.call('plans.items.setStatus', { itemId: a!.id, status: 'done' });
    await r.call('plans.items.link', { itemId: b!.id, activityId: e2.id });
    await r.call('plans.items.setStatus', { itemId: c!.id, status: 'not-done', note: '经费未落实' });
    const [five] = await r.call('report.templates.list', {});
    const view = await r.call('report.assemble', { year: 2025, templateId: five!.id });
    const review = view.document.blocks.find((x) => x.key === 'plans.review')!;
    expect(review).toMatchObject({ origin: 'log', sources: [e1.id, e2.id] });
    expect(view.document.blocks.map((x) => x.key).indexOf('plans.review')).toBe(view.document.blocks.map((x) => x.key).indexOf('plans') + 1);
    expect(JSON.stringify(review)).toContain('对照2024年度工作安排，3项工作中已落实1项，正在推进1项，未开展1项。');
  });

  it('says nothing about the plan in a year without a checklist', async () => {
    const { r } = await setUp();
    const [five] = await r.call('report.templates.list', {});
    const view = await r.call('report.assemble', { year: 2025, templateId: five!.id });
    expect(view.document.blocks.some((x) => x.key === 'plans.review')).toBe(false);
  });
});

describe('plan items migration', () => {
  it('creates plan_items and plan_item_links, removing links with their entry', async () => {
    const dir = tempDir();
    const app = openTempApp(dir);
    await app.registry.call('report.narrative.set', { year: 2024, problems: [], plans: ['一项安排。'] });
    const [item] = await app.registry.call('plans.items.list', { year: 2025 });
    const categoryId = (await app.registry.call('categories.list', {}))[0]!.id;
    const entry = await app.registry.call('activities.create', { date: '2025-02-01', categoryId, title: '一条' });
    await app.registry.call('plans.items.link', { itemId: item!.id, activityId: entry.id });
    await app.registry.call('activities.delete', { id: entry.id });
    await app.registry.call('activities.purge', { id: entry.id, confirm: '彻底删除' });
    app.close();
    const db = new Database(path.join(dir, 'fazhi.db'), { readonly: true });
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      expect(MIGRATIONS.some((m) => m.name === '上年度计划落实清单')).toBe(true);
      expect(db.prepare('SELECT count(*) AS n FROM plan_items').get()).toEqual({ n: 1 });
      expect(db.prepare('SELECT count(*) AS n FROM plan_item_links').get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
    const writable = new Database(path.join(dir, 'fazhi.db'));
    try {
      expect(() => writable.prepare("UPDATE plan_items SET status = 'half'").run()).toThrow(/CHECK/);
    } finally {
      writable.close();
    }
  });
});
