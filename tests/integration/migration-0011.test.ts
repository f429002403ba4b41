import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../electron/store/migrate';
import { MIGRATIONS } from '../../electron/store/migrations';
import { tempDir } from '../helpers/temp-app';

// Migration 0011: every entry kept so far was entered to the day; imports become batches.

describe('migration 0011 (旧台账导入：日期精度与导入批次)', () => {
  it('gives existing entries day precision and no batch, and refuses a precision it does not know', () => {
    const file = path.join(tempDir(), 'fazhi.db');
    const db = new Database(file);
    migrate(db, file, MIGRATIONS.slice(0, 10));
    db.prepare("INSERT INTO activities (id, date, category_id, title, created_at, updated_at) VALUES ('old', '2024-03-01', 1, '局党组集体学法', 'n', 'n')").run();
    migrate(db, file, MIGRATIONS.slice(0, 11));
    expect(db.prepare("SELECT date_precision AS p, import_batch_id AS b FROM activities WHERE id = 'old'").get()).toEqual({ p: 'day', b: null });
    expect(() => db.prepare("UPDATE activities SET date_precision = 'week' WHERE id = 'old'").run()).toThrow(/CHECK/);
    db.prepare("INSERT INTO import_batches (id, file_name, imported_at, added) VALUES ('b1', '台账.xlsx', 'n', 1)").run();
    db.prepare("UPDATE activities SET import_batch_id = 'b1', date_precision = 'month' WHERE id = 'old'").run();
    expect(db.prepare("SELECT count(*) FROM activities WHERE import_batch_id = 'b1'").pluck().get()).toBe(1);
    db.close();
  });
});
