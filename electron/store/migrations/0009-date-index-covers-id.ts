import type Database from 'better-sqlite3';
import type { Migration } from './migration';

// The index of live entries by date also holds each entry's id. A year's list filtered by evidence
// (有佐证 / 缺佐证) checks every entry of the year against attachments by id, and the report reads
// the year ordered by date, created_at and id: with the id in the index, neither visits the table
// row by row (at 10,000 entries a year, 缺佐证 went from about 25 ms to under 10 ms).
export const migrationDateIndexCoversId: Migration = {
  version: 9,
  name: '按日期的台账索引包含编号',
  up(db: Database.Database) {
    db.exec(`
      DROP INDEX activities_live_by_date;
      CREATE INDEX activities_live_by_date ON activities (date, created_at, id) WHERE deleted_at IS NULL;
    `);
  },
};
