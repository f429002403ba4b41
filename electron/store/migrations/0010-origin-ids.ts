import type Database from 'better-sqlite3';
import type { Migration } from './migration';

// Merge knows who sent what. Until now an entry only said which unit it came from by name, and any
// package reusing its id could overwrite it. Now each entry keeps `origin_id`: the identity of the unit
// whose package brought it here (the origin id that package's manifest states), '' for this unit's own
// entries. Only a package with that identity may update it; from anyone else it is a conflict.
// Entries merged before this version have no such id: they get 'name:<单位名称>' from their origin, the
// identity older packages without an id are given, so those units are still recognised by name.
// `merge_base` and `merge_conflicts` are kept per sender (entry, sender): what A last sent and what
// B last sent are different bases, so keeping ours against B's version does not hide A's next change.
// SQLite cannot change a primary key or a UNIQUE constraint, so both tables are rebuilt.
export const migrationOriginIds: Migration = {
  version: 10,
  name: '汇总：按单位标识区分来源',
  up(db: Database.Database) {
    db.exec(`
      ALTER TABLE activities ADD COLUMN origin_id TEXT NOT NULL DEFAULT '';
      UPDATE activities SET origin_id = 'name:' || origin WHERE origin <> '';

      CREATE TABLE merge_base_new (
        activity_id TEXT NOT NULL,
        sender_id TEXT NOT NULL DEFAULT '',
        origin TEXT NOT NULL,
        base_hash TEXT NOT NULL,
        merged_at TEXT NOT NULL,
        PRIMARY KEY (activity_id, sender_id)
      ) STRICT, WITHOUT ROWID;
      INSERT INTO merge_base_new (activity_id, sender_id, origin, base_hash, merged_at)
        SELECT activity_id, CASE WHEN origin = '' THEN '' ELSE 'name:' || origin END, origin, base_hash, merged_at FROM merge_base;
      DROP TABLE merge_base;
      ALTER TABLE merge_base_new RENAME TO merge_base;

      CREATE TABLE merge_conflicts_new (
        id INTEGER PRIMARY KEY,
        activity_id TEXT NOT NULL,
        sender_id TEXT NOT NULL DEFAULT '',
        origin TEXT NOT NULL,
        incoming TEXT NOT NULL CHECK (json_valid(incoming)),
        incoming_hash TEXT NOT NULL,
        detected_at TEXT NOT NULL,
        UNIQUE (activity_id, sender_id)
      ) STRICT;
      INSERT INTO merge_conflicts_new (id, activity_id, sender_id, origin, incoming, incoming_hash, detected_at)
        SELECT id, activity_id, CASE WHEN origin = '' THEN '' ELSE 'name:' || origin END, origin, incoming, incoming_hash, detected_at FROM merge_conflicts;
      DROP TABLE merge_conflicts;
      ALTER TABLE merge_conflicts_new RENAME TO merge_conflicts;
    `);
  },
};
