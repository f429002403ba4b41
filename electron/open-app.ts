import fs from 'node:fs';
import path from 'node:path';
import pkg from '../package.json';
import type { AppInfo, RecoveryInfo } from '../shared/domain/app-info';
import { AppError } from '../shared/errors';
import type { AppContext } from './app-context';
import { cleanStaleStaging } from './attachments/staging-cleanup';
import { checkStoreHealth } from './backup/check-store-health';
import { cleanBackupTemps } from './backup/clean-backup-temps';
import { backupBeforeChange, createBackupSync, latestBackup } from './backup/create-backup';
import { keepDamagedCopy } from './backup/keep-damaged-copy';
import { recoverDamagedStore } from './backup/recover-damaged-store';
import { createRecoveryRegistry, damagedMessage } from './backup/recovery-registry';
import { DATABASE_FILE } from './data-dir';
import type { AppLog } from './logging/app-log';
import { openAppLog } from './logging/app-log';
import { logFailures } from './logging/log-failures';
import { cleanOldExports } from './spreadsheet/export-files';
import { clearInterruptedImports } from './package/import-journal';
import type { ErrorLogger, Registry } from './registry';
import { createRegistry } from './registry';
import { pruneAudit } from './store/audit-store';
import { openDatabase } from './store/open-database';
import type { DataFolderLock } from './store/folder-lock/data-folder-lock';
import { DataFolderInUse, acquireDataFolderLock } from './store/folder-lock/data-folder-lock';
import { EMPTY_STORE_DETAIL, emptyStoreRefusal, emptyStoreVerdict } from './backup/empty-store';
import { openReadOnlyApp } from './open-read-only-app';
import { storageError } from './store/storage-errors';

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
  /** 局域网共享 beside this program (see AppContext.sharing); kept across a recovery's reopen. */
  sharing?: AppContext['sharing'];
  /**
   * When the store fails its start-up check: true (the long-running shells) opens in recovery mode,
   * in which only the backup list and restore answer; otherwise (one-shot CLI commands) refuse.
   */
  allowRecovery?: boolean;
  /**
   * For commands that only read (info, export): when another program holds the data folder, or the
   * folder cannot be written, open the store read-only instead of refusing.
   */
  readOnlyWhenBusy?: boolean;
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
          throw new AppError(err instanceof AppError ? err.code : 'internal', `升级数据结构前的备份没有完成，为保护数据没有升级，也没有打开。${(err as Error).message}`);
        }
      },
    });
  } catch (err) {
    if (err instanceof AppError) appLog.warn(`无法打开数据文件：${err.code}`);
    else appLog.internal('打开数据文件', err);
    // A full disk or a folder that cannot be written names the folder instead of SQLite's English.
    throw storageError(err, { dataDir, folder: dataDir, outcome: '程序没有打开数据文件' }) ?? err;
  }
  const { db, schemaVersion, migratedFrom } = opened;
  const runtime = process.versions.electron ? `Electron ${process.versions.electron}` : `Node ${process.versions.node}`;
  const upgraded = migratedFrom < schemaVersion ? `，已由数据版本 ${migratedFrom} 升级` : '';
  appLog.info(`打开数据：法治台账 ${pkg.version}（${options.shell}，${runtime}，${process.platform}-${process.arch}），数据版本 ${schemaVersion}${upgraded}`);
  const ctx: AppContext = {
    ...(options.desktop ? { desktop: options.desktop } : {}),
    ...(options.sharing ? { sharing: options.sharing } : {}),
    db,
    dataDir,
    databasePath,
    schemaVersion,
    shell: options.shell,
    version: pkg.version,
    now,
    backupBeforeChange: async (reason) => {
      await backupBeforeChange(ctx, reason);
    },
  };
  // Only abandoned uploads are cleared at start. Stored files without a row are left alone: after a
  // restore from backup they may be exactly the files an undo of that restore needs.
  try {
    cleanStaleStaging(dataDir);
    // Files a package import moved in before dying uncommitted: no row and no backup names them.
    clearInterruptedImports(db, dataDir);
    cleanOldExports(dataDir);
    cleanBackupTemps(dataDir, Date.now());
    // Audit rows past the retention setting (never under 180 days) go at start, as backups' do.
    pruneAudit(db, now());
  } catch {
    // A clean-up that fails must never keep the app from opening.
  }
  return { ctx, registry: logFailures(createRegistry(ctx, internalLogger(options, appLog)), appLog) };
}

function errorCode(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '未知原因';
}

/**
 * Never throws: it runs on the way out (the end of a CLI command, Ctrl+C on the server, the window
 * closing), where a throw would crash the process or hide the command's own answer. A checkpoint
 * that fails (a full disk: SQLITE_FULL) loses nothing: every committed change is in the WAL, which
 * the next open folds back.
 */
function closeLive(live: Live | null, appLog: AppLog): void {
  const db = live?.ctx.db;
  if (!db?.open) return;
  let folded = true;
  // Fold the WAL back into the main file so the data folder is one self-contained file at rest.
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
  } catch (err) {
    folded = false;
    appLog.warn(`关闭数据：未能写回数据文件（${errorCode(err)}），已保存的内容留在 WAL 文件中，下次打开时写回`);
  }
  try {
    db.close();
  } catch (err) {
    folded = false;
    appLog.warn(`关闭数据：关闭数据文件出错（${errorCode(err)}），已保存的内容留在 WAL 文件中，下次打开时写回`);
  }
  if (folded) appLog.info('关闭数据：已写回数据文件');
}

/**
 * Opens the data folder (creating it if new) and wires the registry to its store. The store is
 * quick-checked first on a read-only connection; a damaged one is never written to: it is copied to
 * <data>/damaged/ and the app either refuses (naming the copy and the latest backup) or, with
 * allowRecovery, opens in recovery mode. Before any of that the folder's lock is taken
 * (store/folder-lock/): a folder another program holds is refused naming it, or, with
 * readOnlyWhenBusy, opened read-only. The lock is released by close().
 */
export function openApp(options: OpenAppOptions): OpenApp {
  const dataDir = path.resolve(options.dataDir);
  try {
    fs.mkdirSync(dataDir, { recursive: true });
  } catch (err) {
    throw storageError(err, { dataDir, folder: dataDir, outcome: '程序没有打开' }) ?? new AppError('forbidden', `无法创建或打开数据文件夹：${dataDir}（${(err as Error).message}）`);
  }
  const appLog = options.appLog ?? openAppLog(dataDir);
  // One writer per data folder, taken before anything below may write (a migration, a recovery, a clean-up).
  let lock: DataFolderLock;
  try {
    lock = acquireDataFolderLock(dataDir, options.shell);
  } catch (err) {
    if (options.readOnlyWhenBusy && (err instanceof DataFolderInUse || (err instanceof AppError && err.code === 'storage'))) {
      return openReadOnlyApp(options, dataDir, appLog, err as AppError);
    }
    if (err instanceof AppError) appLog.warn(`无法打开数据文件夹：${err.code}`);
    throw err;
  }
  try {
    return releasingLockOnClose(openHoldingLock(options, dataDir, appLog), lock);
  } catch (err) {
    lock.release();
    throw err;
  }
}

/** The lock goes only after the store is closed (and its WAL folded back). */
function releasingLockOnClose(app: OpenApp, lock: DataFolderLock): OpenApp {
  const closeStore = app.close.bind(app);
  app.close = () => {
    try {
      closeStore();
    } finally {
      lock.release();
    }
  };
  return app;
}

function openHoldingLock(options: OpenAppOptions, dataDir: string, appLog: AppLog): OpenApp {
  const databasePath = path.join(dataDir, DATABASE_FILE);
  const empty = emptyStoreVerdict(dataDir, databasePath);
  if (empty === 'lost') {
    appLog.warn('数据文件是空的（0 字节），而有备份可恢复：没有把它当作新数据');
    if (!options.allowRecovery) throw emptyStoreRefusal(dataDir, databasePath);
  } else if (empty === 'new') {
    // Nothing to restore and nothing in the file to lose: start as a brand-new folder would.
    appLog.warn('数据文件是空的（0 字节），也没有任何备份：按新数据开始');
    try {
      fs.rmSync(databasePath, { force: true });
    } catch (err) {
      throw storageError(err, { dataDir, folder: dataDir, outcome: '程序没有打开' }) ?? err;
    }
  }
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
  if (empty === 'lost') health = { ok: false, detail: EMPTY_STORE_DETAIL };
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
      invoke: (name, input, caller) => current().invoke(name, input, caller),
      call: (name, input, caller) => current().call(name, input, caller),
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
