import { syncSearchIndex } from '../activity-search';
import type { Migration } from './migration';

// Full-text search over title, summary and details. Why every CJK character is its own token:
// shared/text/search-terms.ts. Why triggers mark entries and the search fills the index:
// electron/store/activity-search.ts.
//
// `activity_search_docs` has one row per entry (`id` is the entry's). Its `doc` keys the full-text
// row: `activities` has a TEXT primary key, so its own rowid may change when the table is rebuilt
// or copied, and the index would then point at the wrong entries. It also carries copies of the
// columns a search filters and sorts on (dates, trash), so a term found in 48,000 entries is
// counted and sorted without visiting 48,000 entries. Trashed entries stay indexed; the list's `deleted_at` condition hides
// them, and restoring needs no re-indexing.
export const migration0004: Migration = {
  version: 4,
  name: '全文检索',
  up(db) {
    db.exec(`
      CREATE TABLE activity_search_docs (
        doc INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        date TEXT NOT NULL,
        end_date TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT,
        indexed INTEGER NOT NULL DEFAULT 0 CHECK (indexed IN (0, 1))
      ) STRICT;
      CREATE INDEX activity_search_docs_stale ON activity_search_docs (doc) WHERE indexed = 0;

      CREATE VIRTUAL TABLE activity_fts USING fts5 (
        title, summary, details,
        content = '', contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 2'
      );

      CREATE TRIGGER activity_search_insert AFTER INSERT ON activities BEGIN
        INSERT INTO activity_search_docs (id, date, end_date, created_at, updated_at, deleted_at)
        VALUES (new.id, new.date, new.end_date, new.created_at, new.updated_at, new.deleted_at);
      END;

      CREATE TRIGGER activity_search_update AFTER UPDATE ON activities BEGIN
        UPDATE activity_search_docs
        SET id = new.id, date = new.date, end_date = new.end_date, created_at = new.created_at,
            updated_at = new.updated_at, deleted_at = new.deleted_at,
            indexed = indexed AND old.title IS new.title AND old.summary IS new.summary AND old.details IS new.details
        WHERE id = old.id;
      END;

      CREATE TRIGGER activity_search_delete AFTER DELETE ON activities BEGIN
        DELETE FROM activity_fts WHERE rowid = (SELECT doc FROM activity_search_docs WHERE id = old.id);
        DELETE FROM activity_search_docs WHERE id = old.id;
      END;

      -- The list's indexes cover the live entries only (the trash is small and listed apart). An
      -- index led by deleted_at looks selective to SQLite but is not (nearly every row is NULL):
      -- at 50,000 entries, counting one department's 5,000 through it took 120 ms (a plain scan: 20).
      DROP INDEX activities_by_date;
      CREATE INDEX activities_live_by_date ON activities (date, created_at) WHERE deleted_at IS NULL;
      CREATE INDEX activities_trash ON activities (deleted_at) WHERE deleted_at IS NOT NULL;
      -- A date range also takes in a span that started before it and ends inside or after it.
      CREATE INDEX activities_live_by_end_date ON activities (end_date) WHERE deleted_at IS NULL AND end_date IS NOT NULL;
      CREATE INDEX activities_live_by_department ON activities (department, date) WHERE deleted_at IS NULL;
      CREATE INDEX activities_live_by_title ON activities (title) WHERE deleted_at IS NULL;

      INSERT INTO activity_search_docs (id, date, end_date, created_at, updated_at, deleted_at)
      SELECT id, date, end_date, created_at, updated_at, deleted_at FROM activities ORDER BY date, created_at;
    `);
    syncSearchIndex(db);
  },
};
