import type Database from 'better-sqlite3';
import type { AppInfo } from '../shared/domain/app-info';

/** What every handler may use: the open store and facts about where it lives. */
export interface AppContext {
  db: Database.Database;
  dataDir: string;
  databasePath: string;
  schemaVersion: number;
  shell: AppInfo['shell'];
  version: string;
  /** ISO timestamp; a function so tests can pin time. */
  now(): string;
}
