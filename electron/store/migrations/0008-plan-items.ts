import type Database from 'better-sqlite3';
import type { Migration } from './migration';

// This year's checklist taken from last year's 下一年度安排 (part 四): one row per plan paragraph, its
// status (已落实 / 未开展, or not yet marked) with a note, and the entries that carry it out.
export const migrationPlanItems: Migration = {
  version: 8,
  name: '上年度计划落实清单',
  up(db: Database.Database) {
    db.exec(`
      CREATE TABLE plan_items (
        id INTEGER PRIMARY KEY,
        year INTEGER NOT NULL,
        position INTEGER NOT NULL,
        text TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'not-done')),
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (year, position)
      ) STRICT;
      CREATE TABLE plan_item_links (
        plan_item_id INTEGER NOT NULL REFERENCES plan_items (id) ON DELETE CASCADE,
        activity_id TEXT NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        PRIMARY KEY (plan_item_id, activity_id)
      ) STRICT;
      CREATE INDEX plan_item_links_activity ON plan_item_links (activity_id);
    `);
  },
};
