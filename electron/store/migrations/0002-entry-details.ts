import { DEFAULT_METRICS } from '../../../shared/domain/metric-defaults';
import type { Migration } from './migration';

// The full entry of the 台账 (participants, the leader's part, the document produced, period totals,
// metrics), the unit's metric definitions, and the change history. Existing entries get empty values.
export const migration0002: Migration = {
  version: 2,
  name: '台账完整字段、指标、修改记录',
  up(db) {
    db.exec(`
      ALTER TABLE activities ADD COLUMN participants_desc TEXT NOT NULL DEFAULT '';
      ALTER TABLE activities ADD COLUMN leader_role TEXT NOT NULL DEFAULT ''
        CHECK (leader_role IN ('', '参加', '主持', '述法'));
      ALTER TABLE activities ADD COLUMN doc_title TEXT NOT NULL DEFAULT '';
      ALTER TABLE activities ADD COLUMN doc_number TEXT NOT NULL DEFAULT '';
      ALTER TABLE activities ADD COLUMN period TEXT NOT NULL DEFAULT ''
        CHECK (period IN ('', 'month', 'quarter', 'year'));
      -- Partial: most entries have no leader role, and the filter only asks for those that do.
      CREATE INDEX activities_by_leader_role ON activities (leader_role, date) WHERE leader_role <> '';

      CREATE TABLE activity_metrics (
        activity_id TEXT NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        value REAL NOT NULL CHECK (value >= 0),
        unit TEXT NOT NULL DEFAULT '',
        approximate INTEGER NOT NULL DEFAULT 0 CHECK (approximate IN (0, 1)),
        PRIMARY KEY (activity_id, position),
        UNIQUE (activity_id, name)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX activity_metrics_by_name ON activity_metrics (name);

      CREATE TABLE metric_definitions (
        id INTEGER PRIMARY KEY,
        category_id INTEGER NOT NULL REFERENCES categories (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        unit TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL DEFAULT 'count' CHECK (kind IN ('count', 'rate', 'amount')),
        counter INTEGER NOT NULL DEFAULT 0 CHECK (counter IN (0, 1)),
        sort_order INTEGER NOT NULL,
        hidden INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
        UNIQUE (category_id, name)
      ) STRICT;

      -- activity_id is deliberately not a foreign key: the record of a purge outlives the entry.
      CREATE TABLE activity_history (
        id INTEGER PRIMARY KEY,
        activity_id TEXT NOT NULL,
        at TEXT NOT NULL,
        operator TEXT NOT NULL DEFAULT '',
        action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'restore', 'purge', 'import')),
        title TEXT NOT NULL DEFAULT '',
        changes TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(changes)),
        note TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX activity_history_by_activity ON activity_history (activity_id, id);
    `);
    const categoryId = db.prepare('SELECT id FROM categories WHERE key = ?').pluck();
    const insert = db.prepare(
      'INSERT INTO metric_definitions (category_id, name, unit, kind, counter, sort_order) VALUES (?, ?, ?, ?, ?, ?)',
    );
    for (const [key, metrics] of Object.entries(DEFAULT_METRICS)) {
      const id = categoryId.get(key) as number | undefined;
      if (id === undefined) continue;
      metrics.forEach((m, i) => insert.run(id, m.name, m.unit, m.kind, m.counter ? 1 : 0, (i + 1) * 10));
    }
  },
};
