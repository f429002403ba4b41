import type Database from 'better-sqlite3';
import type { Migration } from './migration';

// App-wide settings that are not part of the unit profile (the report's .docx faces and line spacing,
// backup retention and the extra backup folder, …). One row per setting, the value as JSON checked by
// the app's schema on the way out, so a new setting needs no new migration.
export const migration0006: Migration = {
  version: 6,
  name: '应用设置',
  up(db: Database.Database) {
    db.exec(`
      CREATE TABLE app_settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL CHECK (json_valid(value)),
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
