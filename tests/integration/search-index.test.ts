import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { insertActivity } from '../../electron/store/activity-store';
import { migrate } from '../../electron/store/migrate';
import { MIGRATIONS } from '../../electron/store/migrations';
import { entryFields } from '../bench/sections/seed-entries';
import { sampleEntries } from '../bench/sample-entries';
import { openTempApp, tempDir } from '../helpers/temp-app';

type App = ReturnType<typeof openTempApp>;

function rawInsert(db: Database.Database, title: string, details = ''): string {
  const id = randomUUID();
  db.prepare(
    "INSERT INTO activities (id, date, category_id, title, details, created_at, updated_at) VALUES (?, '2024-05-01', 1, ?, ?, 'now', 'now')",
  ).run(id, title, details);
  return id;
}

async function titles(app: App, text: string): Promise<string[]> {
  return (await app.registry.call('activities.list', { text })).items.map((a) => a.title).sort();
}

/** The SQL of every statement prepared while `fn` runs, on the real connection. */
async function preparedDuring(app: App, fn: () => Promise<unknown>): Promise<string[]> {
  const spy = vi.spyOn(app.ctx.db, 'prepare');
  try {
    await fn();
    return spy.mock.calls.map((c) => c[0]);
  } finally {
    spy.mockRestore();
  }
}

function plan(db: Database.Database, sql: string): string[] {
  const params = Array.from(sql.matchAll(/\?/g), () => null);
  return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail);
}

describe('migration 0004 (全文检索)', () => {
  it('indexes the entries a data file already holds', async () => {
    const dir = tempDir();
    const old = new Database(path.join(dir, 'fazhi.db'));
    migrate(old, 'old', MIGRATIONS.slice(0, 3));
    rawInsert(old, '旧数据：行政复议案卷评查', '评查案卷20份');
    rawInsert(old, '旧数据：宪法宣传');
    old.close();
    const app = openTempApp(dir);
    expect(app.ctx.schemaVersion).toBeGreaterThanOrEqual(4);
    expect(app.ctx.db.prepare('SELECT count(*) FROM activity_search_docs WHERE indexed = 1').pluck().get()).toBe(2);
    expect(await titles(app, '复议')).toEqual(['旧数据：行政复议案卷评查']);
    expect(await titles(app, '20份')).toEqual(['旧数据：行政复议案卷评查']);
    expect(await titles(app, '旧数据')).toHaveLength(2);
  });

  it('leaves the triggers that keep the index in step on the latest schema (a later migration that rebuilds activities must recreate them)', () => {
    const app = openTempApp();
    const triggers = app.ctx.db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'activities' ORDER BY name").pluck().all();
    expect(triggers).toEqual(expect.arrayContaining(['activity_search_delete', 'activity_search_insert', 'activity_search_update']));
  });

  it('lets another SQLite tool write to the entries, and the next search catches up', async () => {
    const dir = tempDir();
    openTempApp(dir).close();
    const tool = new Database(path.join(dir, 'fazhi.db'));
    const kept = rawInsert(tool, '外部工具写入的普法活动');
    const renamed = rawInsert(tool, '原标题安全检查');
    const removed = rawInsert(tool, '将被删除的复议记录');
    tool.prepare("UPDATE activities SET title = '新标题应急演练' WHERE id = ?").run(renamed);
    tool.prepare('DELETE FROM activities WHERE id = ?').run(removed);
    tool.close();
    const app = openTempApp(dir);
    expect(await titles(app, '普法')).toEqual(['外部工具写入的普法活动']);
    expect(await titles(app, '安全检查')).toEqual([]);
    expect(await titles(app, '应急演练')).toEqual(['新标题应急演练']);
    expect(await titles(app, '复议')).toEqual([]);
    expect(app.ctx.db.prepare('SELECT id FROM activity_search_docs ORDER BY id').pluck().all()).toEqual([kept, renamed].sort());
  });
});

describe('speed at scale: the plans, not the clock', () => {
  it('lists a year through an index of live entries, not a scan of the table', async () => {
    const app = openTempApp();
    const sql = await preparedDuring(app, () => app.registry.call('activities.list', { year: 2024, limit: 50 }));
    const listing = sql.filter((s) => s.includes('FROM activities a WHERE'));
    expect(listing).toHaveLength(2); // the total and the page
    for (const s of listing) {
      const steps = plan(app.ctx.db, s);
      expect(steps.join(' | ')).toMatch(/SEARCH a USING (COVERING )?INDEX activities_live_by_date \(date>\? AND date<\?\)/);
      expect(steps.some((d) => /^SCAN a$/.test(d))).toBe(false);
    }
  });

  it('starts a search from the full-text index', async () => {
    const app = openTempApp();
    const sql = await preparedDuring(app, () => app.registry.call('activities.list', { text: '普法', limit: 50 }));
    const searching = sql.filter((s) => s.includes('MATCH'));
    expect(searching.length).toBeGreaterThan(0);
    for (const s of searching) expect(plan(app.ctx.db, s)[0]).toMatch(/^SCAN (f|activity_fts) VIRTUAL TABLE/);
  });

  it('reads a page of 50 with as many statements as a page of 5 (no query per row)', async () => {
    const app = openTempApp();
    const cats = await app.registry.call('categories.list', {});
    for (let i = 0; i < 60; i++) {
      await app.registry.call('activities.create', {
        date: '2024-04-01',
        categoryId: cats[i % cats.length]!.id,
        title: `第${i}次普法`,
        tags: ['普法', `第${i % 3}组`],
        metrics: [{ name: '参与', value: i, unit: '人次' }],
      });
    }
    await app.registry.call('activities.list', { text: '普法' }); // indexes the 60 new entries first
    for (const input of [{ year: 2024 }, { text: '普法' }, { tag: '普法' }]) {
      const small = await preparedDuring(app, () => app.registry.call('activities.list', { ...input, limit: 5 }));
      const large = await preparedDuring(app, () => app.registry.call('activities.list', { ...input, limit: 50 }));
      expect(large).toEqual(small);
      expect(large.length).toBeLessThanOrEqual(6);
    }
    const page = await app.registry.call('activities.list', { year: 2024, limit: 50 });
    expect(page.items).toHaveLength(50);
    expect(page.items.every((a) => a.tags.length === 2 && a.metrics.length === 1)).toBe(true);
  });

  it('finds the same entries whether a search starts from the index or from the entries', async () => {
    const app = openTempApp();
    const { db } = app.ctx;
    const categoryIds = (await app.registry.call('categories.list', {})).map((c) => c.id);
    const entries = sampleEntries(2600, [2023, 2024], 7);
    db.transaction(() => {
      for (const e of entries) insertActivity(db, randomUUID(), entryFields(e, categoryIds), '2024-01-01T00:00:00.000Z');
    })();
    const has = (e: (typeof entries)[number], term: string) => [e.title, e.summary, e.details].some((s) => s.replace(/[^\p{L}\p{N}]/gu, '').includes(term));
    // '法' is in more than 2,000 entries (the search starts from the category), '复议' in fewer (it starts from the index).
    for (const term of ['法', '复议']) {
      for (const categoryIndex of [5, 10]) {
        const want = entries.filter((e) => has(e, term) && e.categoryIndex === categoryIndex && e.date.startsWith('2024'));
        const page = await app.registry.call('activities.list', { text: term, categoryId: categoryIds[categoryIndex]!, year: 2024, limit: 500 });
        expect(page.total, `${term} / ${categoryIndex}`).toBe(want.length);
        expect(page.items.map((a) => a.title).sort()).toEqual(want.map((e) => e.title).sort());
      }
    }
    expect(entries.filter((e) => has(e, '法')).length).toBeGreaterThan(2000);
  });
});
