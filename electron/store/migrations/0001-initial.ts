import { DEFAULT_CATEGORIES } from '../../../shared/domain/default-categories';
import type { Migration } from './migration';

// STRICT tables so that SQLite refuses a value of the wrong type instead of storing it quietly.
export const migration0001: Migration = {
  version: 1,
  name: '单位信息、类别、活动',
  up(db) {
    db.exec(`
      CREATE TABLE unit_profile (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL DEFAULT '',
        type TEXT NOT NULL DEFAULT '政府部门' CHECK (type IN ('政府', '政府部门', '事业单位', '其他')),
        leader_name TEXT NOT NULL DEFAULT '',
        leader_title TEXT NOT NULL DEFAULT '',
        departments TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(departments)),
        operator_name TEXT NOT NULL DEFAULT '',
        updated_at TEXT
      ) STRICT;
      INSERT INTO unit_profile (id) VALUES (1);

      CREATE TABLE categories (
        id INTEGER PRIMARY KEY,
        key TEXT UNIQUE,
        name TEXT NOT NULL UNIQUE,
        aliases TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(aliases)),
        outline_part TEXT NOT NULL DEFAULT '',
        sort_order INTEGER NOT NULL,
        hidden INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1))
      ) STRICT;

      CREATE TABLE activities (
        id TEXT PRIMARY KEY,
        date TEXT NOT NULL,
        end_date TEXT,
        category_id INTEGER NOT NULL REFERENCES categories (id),
        title TEXT NOT NULL,
        summary TEXT NOT NULL DEFAULT '',
        details TEXT NOT NULL DEFAULT '',
        department TEXT NOT NULL DEFAULT '',
        participant_count INTEGER,
        location TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX activities_by_date ON activities (deleted_at, date);
      CREATE INDEX activities_by_category ON activities (category_id, date);

      CREATE TABLE activity_tags (
        activity_id TEXT NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
        tag TEXT NOT NULL,
        position INTEGER NOT NULL,
        PRIMARY KEY (activity_id, tag)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX activity_tags_by_tag ON activity_tags (tag);
    `);
    const insert = db.prepare('INSERT INTO categories (key, name, aliases, outline_part, sort_order) VALUES (?, ?, ?, ?, ?)');
    DEFAULT_CATEGORIES.forEach((c, i) => insert.run(c.key, c.name, JSON.stringify(c.aliases), c.outlinePart, (i + 1) * 10));
  },
};
