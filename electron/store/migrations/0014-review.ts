import type Database from 'better-sqlite3';
import type { Migration } from './migration';

// Review (审核) and authorship for host mode.
// - Each entry says who wrote it (录入人): the account's id and the name it had then, so the name
//   stays readable after the account is renamed or disabled. '' for entries written on the
//   machine itself before accounts, or merged from a package; host setup assigns them.
// - review_status: 草稿 draft → 已提交 submitted → 已审核 approved, or 退回 returned (with its
//   reason) and editable again. Entries that exist when this runs were the unit's accepted log,
//   kept on one PC with nobody to review them, so they are approved; so is every entry the
//   machine's own user writes later (electron/handlers decide the status on create).
// - year_locks: a year locked after its report is filed; entries dated in it cannot change.
export const migrationReview: Migration = {
  version: 14,
  name: '审核流程、录入人与年度锁定',
  up(db: Database.Database) {
    db.exec(`
      ALTER TABLE activities ADD COLUMN author_id TEXT NOT NULL DEFAULT '';
      ALTER TABLE activities ADD COLUMN author_name TEXT NOT NULL DEFAULT '';
      ALTER TABLE activities ADD COLUMN review_status TEXT NOT NULL DEFAULT 'approved'
        CHECK (review_status IN ('draft', 'submitted', 'approved', 'returned'));
      ALTER TABLE activities ADD COLUMN review_note TEXT NOT NULL DEFAULT '';
      ALTER TABLE activities ADD COLUMN reviewed_by TEXT NOT NULL DEFAULT '';
      ALTER TABLE activities ADD COLUMN reviewed_at TEXT;
      ALTER TABLE activities ADD COLUMN submitted_at TEXT;
      CREATE INDEX activities_review_queue ON activities (review_status, submitted_at) WHERE deleted_at IS NULL AND review_status = 'submitted';

      CREATE TABLE year_locks (
        year INTEGER PRIMARY KEY CHECK (year BETWEEN 1900 AND 2200),
        locked_at TEXT NOT NULL,
        locked_by TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT ''
      ) STRICT;
    `);
  },
};
