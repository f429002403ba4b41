import fs from 'node:fs';
import path from 'node:path';
import pkg from '../package.json';
import type { AppInfo, RecoveryInfo } from '../shared/domain/app-info';
import { AppError } from '../shared/errors';
import type { AppContext } from './app-context';
import { cleanStaleStaging } from './attachments/staging-cleanup';
import { checkStoreHealth } from './backup/check-store-health';
import { cleanBackupTemps } from './backup/clean-backup-temps';
import { createBackup, createBackupSync, latestBackup } from './backup/create-backup';
import { keepDamagedCopy } from './backup/keep-damaged-copy';
import { recoverDamagedStore } from './backup/recover-damaged-store';
import { createRecoveryRegistry, damagedMessage } from './backup/recovery-registry';
import { DATABASE_FILE } from './data-dir';
import type { AppLog } from './logging/app-log';
import { openAppLog } from './logging/app-log';
import { logFailures } from './logging/log-failures';
import { cleanOldExports } from './spreadsheet/export-files';
import type { ErrorLogger, Registry } from './registry';
import { createRegistry } from './registry';
import { openDatabase } from './store/open-database';

export interface OpenApp {
  /** The open store's context. In recovery mode there is none: reading it throws database_damaged. */
  readonly ctx: AppContext;
  /** Stable for the life of the app: after a recovery it answers for the reopened store. */
  readonly registry: Registry;
  readonly dataDir: string;
  /** The context when the store is open, null in recovery mode (for timers that must skip then). */
  liveContext(): AppContext | null;
  /** The damaged file's facts in recovery mode, null when the store is open. */
  recovery(): RecoveryInfo | null;
  /** The data folder's log (`logs/fazhi.log`), for the shell's own start, stop and failure lines. */
  readonly log: AppLog;
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
  /**
   * When the store fails its start-up check: true (the long-running shells) opens in recovery mode,
   * in which only the backup list and restore answer; otherwise (one-shot CLI commands) refuse.
   */
  allowRecovery?: boolean;
}

/** Internal errors go to the log file first, then to the caller's logger or stderr. */
function internalLogger(options: OpenAppOptions, appLog: AppLog): ErrorLogger {
  return (operation, err) => {
    appLog.internal(`操作 ${operation}`, err);
    if (options.log) options.log(operation, err);
    else console.error(`[法治台账] 操作 ${operation} 出错：`, err);
  };
}

interface Live {
  ctx: AppContext;
  registry: Registry;
}

function openLive(options: OpenAppOptions, appLog: AppLog, dataDir: string, databasePath: string, now: () => string): Live {
  let opened: ReturnType<typeof openDatabase>;
  try {
    opened = openDatabase(databasePath, {
      nativeBinding: options.nativeBinding,
      // An existing store is backed up before its schema changes; if that fails it is not migrated.
      beforeMigration: (conn) => {
        try {
          createBackupSync({ db: conn, dataDir, now }, '迁移前');
        } catch (err) {
          throw new AppError('internal', `升级数据结构前的备份没有完成，为保护数据没有升级，也没有打开。${(err as Error).message}`);
        }
      },
    });
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
    now,
    backupBeforeChange: async (reason) => {
      await createBackup(ctx, reason);
    },
  };
  // Only abandoned uploads are cleared at start. Stored files without a row are left alone: after a
  // restore from backup they may be exactly the files an undo of that restore needs.
  try {
    cleanStaleStaging(dataDir);
    cleanOldExports(dataDir);
    cleanBackupTemps(dataDir, Date.now());
  } catch {
    // A clean-up that fails must never keep the app from opening.
  }
  return { ctx, registry: logFailures(createRegistry(ctx, internalLogger(options, appLog)), appLog) };
}

function closeLive(live: Live | null, appLog: AppLog): void {
  const db = live?.ctx.db;
  if (!db?.open) return;
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
}

/**
 * Opens the data folder (creating it if new) and wires the registry to its store. The store is
 * quick-checked first on a read-only connection; a damaged one is never written to: it is copied to
 * <data>/damaged/ and the app either refuses (naming the copy and the latest backup) or, with
 * allowRecovery, opens in recovery mode.
 */
export function openApp(options: OpenAppOptions): OpenApp {
  const dataDir = path.resolve(options.dataDir);
  try {
    fs.mkdirSync(dataDir, { recursive: true });
  } catch (err) {
    throw new AppError('forbidden', `无法创建或打开数据文件夹：${dataDir}（${(err as Error).message}）`);
  }
  const appLog = options.appLog ?? openAppLog(dataDir);
  const databasePath = path.join(dataDir, DATABASE_FILE);
  const now = options.now ?? (() => new Date().toISOString());
  let health: ReturnType<typeof checkStoreHealth>;
  try {
    health = checkStoreHealth(databasePath, options.nativeBinding);
  } catch (err) {
    // Refused before opening (not SQLite, from a newer version): the log says why, by code only.
    if (err instanceof AppError) appLog.warn(`无法打开数据文件：${err.code}`);
    else appLog.internal('检查数据文件', err);
    throw err;
  }
  let live: Live | null = null;
  let recovery: RecoveryInfo | null = null;
  if (health.ok) {
    live = openLive(options, appLog, dataDir, databasePath, now);
  } else {
    let damagedCopy: string;
    try {
      damagedCopy = keepDamagedCopy(dataDir, databasePath);
    } catch (err) {
      // Without a copy, a restore would replace the only one: refuse rather than risk it.
      throw new AppError('database_damaged', `数据文件已损坏，而且无法另存一份副本（${(err as Error).message}），为保护数据程序没有打开它。请腾出磁盘空间或检查数据文件夹的权限后重试。文件位置：${databasePath}`);
    }
    recovery = { damagedCopy, detail: health.detail };
    appLog.warn('数据文件未通过启动检查，已另存损坏的文件');
    if (!options.allowRecovery) {
      const latest = latestBackup(dataDir);
      throw new AppError('database_damaged', `${damagedMessage(recovery)}。${latest ? `最近一份完好的备份：${latest.path}。` : '没有找到备份。'}请打开法治台账（桌面程序或浏览器模式），在恢复页面中从备份恢复。`);
    }
  }

  const recoveryRegistry = recovery
    ? createRecoveryRegistry(
        {
          info: { appName: '法治台账', version: pkg.version, schemaVersion: 0, dataDir, databasePath, shell: options.shell },
          recovery,
          restore(fileName) {
            const restored = recoverDamagedStore(dataDir, databasePath, fileName, options.nativeBinding);
            live = openLive(options, appLog, dataDir, databasePath, now);
            recovery = null;
            return { restored, undoBackup: null, entries: live.ctx.db.prepare('SELECT count(*) FROM activities').pluck().get() as number };
          },
        },
        internalLogger(options, appLog),
      )
    : null;

  const current = (): Registry => live?.registry ?? (recoveryRegistry as Registry);
  return {
    get ctx(): AppContext {
      if (live) return live.ctx;
      throw new AppError('database_damaged', damagedMessage(recovery as RecoveryInfo));
    },
    registry: {
      invoke: (name, input) => current().invoke(name, input),
      call: (name, input) => current().call(name, input),
    },
    dataDir,
    liveContext: () => live?.ctx ?? null,
    recovery: () => recovery,
    log: appLog,
    close() {
      closeLive(live, appLog);
    },
  };
}
