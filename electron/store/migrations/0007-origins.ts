import type { Migration } from './migration';

// Consolidation (汇总): a compiling unit merges the data packages of its departments and subordinate
// units. Each entry keeps where it came from (`origin`: the unit's name, '' for this unit itself).
// `merge_base` remembers, per entry, a hash of its content as last merged, so a re-import is
// idempotent and "changed on both sides" can be told from "changed on one side". A change on both
// sides waits in `merge_conflicts` until the user decides; nothing is overwritten silently.
// activity_history gains the action 'merge'; SQLite cannot alter a CHECK, so that table is rebuilt.
export const migration0007: Migration = {
  version: 7,
  name: '汇总：来源、合并基准、冲突',
  up(db) {
    db.exec(`
      ALTER TABLE activities ADD COLUMN origin TEXT NOT NULL DEFAULT '';
      CREATE INDEX activities_live_by_origin ON activities (origin, date) WHERE deleted_at IS NULL;

      CREATE TABLE merge_base (
        activity_id TEXT PRIMARY KEY,
        origin TEXT NOT NULL,
        base_hash TEXT NOT NULL,
        merged_at TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE merge_conflicts (
        id INTEGER PRIMARY KEY,
        activity_id TEXT NOT NULL UNIQUE,
        origin TEXT NOT NULL,
        incoming TEXT NOT NULL CHECK (json_valid(incoming)),
        incoming_hash TEXT NOT NULL,
        detected_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE activity_history_new (
        id INTEGER PRIMARY KEY,
        activity_id TEXT NOT NULL,
        at TEXT NOT NULL,
        operator TEXT NOT NULL DEFAULT '',
        action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'restore', 'purge', 'import', 'merge')),
        title TEXT NOT NULL DEFAULT '',
        changes TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(changes)),
        note TEXT NOT NULL DEFAULT ''
      ) STRICT;
      INSERT INTO activity_history_new SELECT id, activity_id, at, operator, action, title, changes, note FROM activity_history;
      DROP TABLE activity_history;
      ALTER TABLE activity_history_new RENAME TO activity_history;
      CREATE INDEX activity_history_by_activity ON activity_history (activity_id, id);
    `);
  },
};
