import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../electron/store/migrate';
import { MIGRATIONS } from '../../electron/store/migrations';
import { tempDir } from '../helpers/temp-app';

describe('migration 0007 (汇总：来源、合并基准、冲突)', () => {
  it('runs on a version 6 store with entries and history: every entry becomes this unit\'s own, the history is kept and accepts "merge"', () => {
    const file = path.join(tempDir(), 'fazhi.db');
    const db = new Database(file);
    migrate(db, file, MIGRATIONS.slice(0, 6));
    db.prepare("INSERT INTO activities (id, date, category_id, title, created_at, updated_at) VALUES ('a1', '2024-03-01', 1, '集体学法', 'x', 'x')").run();
    db.prepare("INSERT INTO activity_history (activity_id, at, action, title, changes) VALUES ('a1', 'x', 'create', '集体学法', '{}')").run();
    expect(() => db.prepare("INSERT INTO activity_history (activity_id, at, action) VALUES ('a1', 'x', 'merge')").run()).toThrow();

    expect(migrate(db, file)).toEqual({ from: 6, to: MIGRATIONS.length });
    expect(db.prepare('SELECT origin FROM activities').pluck().all()).toEqual(['']);
    expect(db.prepare('SELECT id, activity_id, action, title FROM activity_history').all()).toEqual([{ id: 1, activity_id: 'a1', action: 'create', title: '集体学法' }]);
    db.prepare("INSERT INTO activity_history (activity_id, at, action) VALUES ('a1', 'y', 'merge')").run();
    expect(() => db.prepare("INSERT INTO activity_history (activity_id, at, action) VALUES ('a1', 'y', 'mystery')").run()).toThrow();
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'activity_history'").pluck().all()).toEqual(['activity_history_by_activity']);

    const tables = db.prepare("SELECT name, sql FROM sqlite_master WHERE name IN ('merge_base', 'merge_conflicts') ORDER BY name").all() as { name: string; sql: string }[];
    expect(tables.map((t) => t.name)).toEqual(['merge_base', 'merge_conflicts']);
    for (const t of tables) expect(t.sql).toMatch(/STRICT/);
    expect(() => db.prepare("INSERT INTO merge_conflicts (activity_id, origin, incoming, incoming_hash, detected_at) VALUES ('a1', 'o', 'not json', 'h', 'x')").run()).toThrow();
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });
});
