import fs from 'node:fs';
import path from 'node:path';
import pkg from '../package.json';
import type { AppInfo } from '../shared/domain/app-info';
import { AppError } from '../shared/errors';
import type { AppContext } from './app-context';
import { cleanStaleStaging } from './attachments/staging-cleanup';
import { DATABASE_FILE } from './data-dir';
import type { AppLog } from './logging/app-log';
import { openAppLog } from './logging/app-log';
import { logFailures } from './logging/log-failures';
import { cleanOldExports } from './spreadsheet/export-files';
import type { ErrorLogger, Registry } from './registry';
import { createRegistry } from './registry';
import { openDatabase } from './store/open-database';

export interface OpenApp {
  ctx: AppContext;
  registry: Registry;
  /** The data folder's log (`logs/fazhi.log`), for the shell's own start, stop and failure lines. */
  log: AppLog;
  close(): void;
}

export interface OpenAppOptions {
  dataDir: string;
  shell: AppInfo['shell'];
  now?: () => string;
  /** Also told of internal errors (after the log file); without it they go to stderr too. */
  log?: ErrorLogger;
  /** Where start, stop and failures are written; by default `<data>/logs/fazhi.log`. */
  appLog?: AppLog;
  /** Passed to openDatabase (see OpenDatabaseOptions). */
  nativeBinding?: string;
  desktop?: AppContext['desktop'];
}

/** Opens the data folder (creating it if new) and wires the registry to its store. */
export function openApp(options: OpenAppOptions): OpenApp {
  const dataDir = path.resolve(options.dataDir);
  try {
    fs.mkdirSync(dataDir, { recursive: true });
  } catch (err) {
    throw new AppError('forbidden', `无法创建或打开数据文件夹：${dataDir}（${(err as Error).message}）`);
  }
  const appLog = options.appLog ?? openAppLog(dataDir);
  const databasePath = path.join(dataDir, DATABASE_FILE);
  let opened: ReturnType<typeof openDatabase>;
  try {
    opened = openDatabase(databasePath, { nativeBinding: options.nativeBinding });
  } catch (err) {
    if (err instanceof AppError) appLog.warn(`无法打开数据文件：${err.code}`);
    else appLog.internal('打开数据文件', err);
    throw err;
  }
  const { db, schemaVersion, migratedFrom } = opened;
  const runtime = process.versions.electron ? `Electron ${process.versions.electron}` : `Node ${process.versions.node}`;
  const upgraded = migratedFrom < schemaVersion ? `，已由数据版本 ${migratedFrom} 升级` : '';
  appLog.info(`打开数据：法治台账 ${pkg.version}（${options.shell}，${runtime}，${process.platform}-${process.arch}），数据版本 ${schemaVersion}${upgraded}`);
  const ctx: AppContext = {
    ...(options.desktop ? { desktop: options.desktop } : {}),
    db,
    dataDir,
    databasePath,
    schemaVersion,
    shell: options.shell,
    version: pkg.version,
    now: options.now ?? (() => new Date().toISOString()),
    // Replaced by the backup service (issue 5); until then nothing to do.
    backupBeforeChange: () => undefined,
  };
  // Only abandoned uploads are cleared at start. Stored files without a row are left alone: after a
  // restore from backup they may be exactly the files an undo of that restore needs.
  try {
    cleanStaleStaging(dataDir);
    cleanOldExports(dataDir);
  } catch {
    // A clean-up that fails must never keep the app from opening.
  }
  const logInternal: ErrorLogger = (operation, err) => {
    appLog.internal(`操作 ${operation}`, err);
    if (options.log) options.log(operation, err);
    else console.error(`[法治台账] 操作 ${operation} 出错：`, err);
  };
  return {
    ctx,
    registry: logFailures(createRegistry(ctx, logInternal), appLog),
    log: appLog,
    close() {
      if (!db.open) return;
      // Fold the WAL back into the main file so the data folder is one self-contained file at rest.
      try {
        db.pragma('wal_checkpoint(TRUNCATE)');
      } catch (err) {
        appLog.internal('关闭数据文件（写回 WAL）', err);
        throw err;
      } finally {
        db.close();
      }
      appLog.info('关闭数据：已写回数据文件');
    },
  };
}
