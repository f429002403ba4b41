import fs from 'node:fs';
import path from 'node:path';
import pkg from '../package.json';
import type { AppInfo } from '../shared/domain/app-info';
import { AppError } from '../shared/errors';
import type { AppContext } from './app-context';
import { cleanStaleStaging } from './attachments/staging-cleanup';
import { DATABASE_FILE } from './data-dir';
import { cleanOldExports } from './spreadsheet/export-files';
import type { ErrorLogger, Registry } from './registry';
import { createRegistry } from './registry';
import { openDatabase } from './store/open-database';

export interface OpenApp {
  ctx: AppContext;
  registry: Registry;
  close(): void;
}

export interface OpenAppOptions {
  dataDir: string;
  shell: AppInfo['shell'];
  now?: () => string;
  log?: ErrorLogger;
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
  const databasePath = path.join(dataDir, DATABASE_FILE);
  const { db, schemaVersion } = openDatabase(databasePath, { nativeBinding: options.nativeBinding });
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
  return {
    ctx,
    registry: createRegistry(ctx, options.log),
    close() {
      if (!db.open) return;
      // Fold the WAL back into the main file so the data folder is one self-contained file at rest.
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
    },
  };
}
