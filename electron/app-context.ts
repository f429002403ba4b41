import type Database from 'better-sqlite3';
import type { Caller } from '../shared/auth/caller';
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
  /**
   * What only the desktop shell can do, handed in by electron/main.ts so that handlers stay free of
   * Electron. Absent in browser mode and the CLI.
   */
  desktop?: DesktopCapabilities;
  /**
   * Takes a verified backup before an operation that changes much at once (import, merge, restore),
   * so the change can be undone. Throws an AppError when the backup fails, and the change must then
   * not start. `reason` is a short Chinese label shown in the backup list (e.g. '导入前').
   */
  backupBeforeChange(reason: string): Promise<void>;
  /**
   * Who is calling, set by the registry for each call (absent: the machine's own user). Handlers
   * use it only to stamp who wrote or reviewed an entry (录入人, 审核人); what the caller may do is
   * decided before the handler runs (electron/registry.ts).
   */
  caller?: Caller;
}

export interface DesktopCapabilities {
  /** Opens a file with the system's default program; resolves to '' or an error text (as Electron's shell.openPath). */
  openPath(file: string): Promise<string>;
}
