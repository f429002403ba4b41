import type Database from 'better-sqlite3';
import type { Migration } from './migration';

// 包含未审核 remembered with the year's draft (局域网多人使用): a draft assembled from every entry,
// reviewed or not, stays one when a later change (a style, an exclusion, an adopted sentence)
// assembles it again. Existing drafts were assembled from 已审核 entries only: 0.
export const migrationReportDraftUnreviewed: Migration = {
  version: 15,
  name: '年度报告草稿记住是否包含未审核台账',
  up(db: Database.Database) {
    db.exec(`ALTER TABLE report_drafts ADD COLUMN include_unreviewed INTEGER NOT NULL DEFAULT 0 CHECK (include_unreviewed IN (0, 1));`);
  },
};
