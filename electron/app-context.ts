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
  /**
   * 局域网共享 beside this program (electron/server/host-controller.ts), handed in by the shell that
   * opened the store (the desktop window, fazhi web). Absent in the CLI's one-shot commands.
   */
  sharing?: SharingControl;
}

/** Host mode started and stopped by the program that already holds the data folder. */
export interface SharingControl {
  /** Rejects with an AppError saying why it did not start (no 管理员, the port in use…). */
  start(options: { host: string; port: number }): Promise<SharingRunning>;
  /** Stops listening; sessions stay in the store and go on when sharing starts again. */
  stop(): Promise<void>;
  /** What is listening now, or null. */
  running(): SharingRunning | null;
}

export interface SharingRunning {
  host: string;
  port: number;
  /** This machine's own way in: http(s)://127.0.0.1:<port>/ for every card. */
  url: string;
  secure: boolean;
}

export interface DesktopCapabilities {
  /** Opens a file with the system's default program; resolves to '' or an error text (as Electron's shell.openPath). */
  openPath(file: string): Promise<string>;
}
