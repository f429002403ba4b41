import type { Migration } from './migration';

// Files are stored once per content (blobs, keyed by SHA-256) and linked to entries (attachments), so
// the same photo attached to two entries takes the space of one. The kind is not CHECKed against a
// list: kinds are data in shared/domain/attachment.ts, validated on input, and may grow.
export const migration0003: Migration = {
  version: 3,
  name: '佐证材料',
  up(db) {
    db.exec(`
      CREATE TABLE blobs (
        sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
        size INTEGER NOT NULL CHECK (size >= 0),
        mime TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE attachments (
        id TEXT PRIMARY KEY,
        activity_id TEXT NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
        sha256 TEXT NOT NULL REFERENCES blobs (sha256),
        kind TEXT NOT NULL CHECK (kind <> ''),
        original_name TEXT NOT NULL CHECK (original_name <> ''),
        added_at TEXT NOT NULL,
        position INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX attachments_by_activity ON attachments (activity_id, position);
      CREATE INDEX attachments_by_blob ON attachments (sha256);
    `);
  },
};
