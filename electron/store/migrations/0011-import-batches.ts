import type Database from 'better-sqlite3';
import type { Migration } from './migration';

// Units bring their old 台账 in bulk, written as they wrote it.
// - `date_precision`: a sheet that says only "2025年7月" or "2026" must not become an invented day.
//   The entry keeps the span (7月1日—7月31日) and says it is known to the month ('month') or the year
//   ('year'); 'day' is every entry entered by hand.
// - `import_batches`: each spreadsheet import is one batch the user can undo as a whole; an entry
//   remembers the batch that brought it (no foreign key: a package from another unit carries none).
export const migrationImportBatches: Migration = {
  version: 11,
  name: '旧台账导入：日期精度与导入批次',
  up(db: Database.Database) {
    db.exec(`
      ALTER TABLE activities ADD COLUMN date_precision TEXT NOT NULL DEFAULT 'day' CHECK (date_precision IN ('day', 'month', 'year'));
      ALTER TABLE activities ADD COLUMN import_batch_id TEXT;
      CREATE INDEX activities_import_batch ON activities (import_batch_id) WHERE import_batch_id IS NOT NULL;

      CREATE TABLE import_batches (
        id TEXT PRIMARY KEY,
        file_name TEXT NOT NULL,
        sheet_name TEXT NOT NULL DEFAULT '',
        imported_at TEXT NOT NULL,
        operator TEXT NOT NULL DEFAULT '',
        added INTEGER NOT NULL,
        undone_at TEXT
      ) STRICT;
    `);
  },
};
