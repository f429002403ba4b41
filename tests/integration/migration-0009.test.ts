import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../electron/store/migrate';
import { MIGRATIONS } from '../../electron/store/migrations';
import { openDatabase } from '../../electron/store/open-database';
import { tempDir } from '../helpers/temp-app';

// Migration 0009: the date index of live entries holds the id, so checking a year's entries against
// attachments (缺佐证) and reading the year in report order use the index alone.

const LIVE_IN_YEAR = "a.deleted_at IS NULL AND a.date >= '2024-01-01' AND a.date < '2025-01-01'";

function plan(db: Database.Database, sql: string): string {
  return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join(' | ');
}

describe('migration 0009 (按日期的台账索引包含编号)', () => {
  it('rebuilds the index on a store of version 8 with its entries, and the year is then read from the index', () => {
    const file = path.join(tempDir(), 'fazhi.db');
    const old = new Database(file);
    migrate(old, file, MIGRATIONS.slice(0, 8));
    const insert = old.prepare("INSERT INTO activities (id, date, category_id, title, created_at, updated_at, deleted_at) VALUES (?, ?, 1, '学法', 'n', 'n', ?)");
    insert.run('a1', '2024-03-01', null);
    insert.run('a2', '2024-05-01', null);
    insert.run('a3', '2024-06-01', '2024-07-01');
    // Other years, so that the year is a range of the index, as in a real store.
    old.transaction(() => {
      for (let i = 0; i < 2000; i++) insert.run(`o${i}`, `${2015 + (i % 9)}-0${1 + (i % 9)}-10`, null);
    })();
    const before = old.prepare("SELECT id FROM activities a WHERE " + LIVE_IN_YEAR + ' ORDER BY a.date, a.created_at, a.id').pluck().all();
    old.close();

    const { db, migratedFrom } = openDatabase(file);
    expect(migratedFrom).toBe(8);
    const columns = (db.prepare("SELECT name FROM pragma_index_info('activities_live_by_date')").all() as { name: string }[]).map((c) => c.name);
    expect(columns).toEqual(['date', 'created_at', 'id']);
    expect(db.prepare("SELECT id FROM activities a WHERE " + LIVE_IN_YEAR + ' ORDER BY a.date, a.created_at, a.id').pluck().all()).toEqual(before);
    expect(before).toEqual(['a1', 'a2']);
    // The report's order comes from the index; without the id in it, SQLite sorted the last term in a temp tree.
    const reportOrder = plan(db, `SELECT a.id FROM activities a WHERE ${LIVE_IN_YEAR} ORDER BY a.date, a.created_at, a.id`);
    expect(reportOrder).toMatch(/USING INDEX activities_live_by_date/);
    expect(reportOrder).not.toMatch(/TEMP B-TREE/);
    db.close();
  });
});
