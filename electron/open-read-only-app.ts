import path from 'node:path';
import pkg from '../package.json';
import type { OperationName } from '../shared/contract/operations';
import { AppError } from '../shared/errors';
import type { AppContext } from './app-context';
import { DATABASE_FILE } from './data-dir';
import type { AppLog } from './logging/app-log';
import type { OpenApp, OpenAppOptions } from './open-app';
import type { Registry } from './registry';
import { createRegistry } from './registry';
import { LATEST_SCHEMA_VERSION } from './store/migrations';
import { openDatabaseReadOnly } from './store/open-database';

/**
 * What a read-only opening answers: the operations the viewing commands (info, export) use, none of
 * which writes to the store. Anything else is refused with the reason the store is read-only,
 * rather than failing inside SQLite as a "read-only disk".
 */
const READ_ONLY_OPERATIONS: ReadonlySet<OperationName> = new Set(['app.info', 'ledger.export', 'users.list']);

function viewingOnly(registry: Registry, refusal: AppError): Registry {
  const allowed = (name: unknown): boolean => READ_ONLY_OPERATIONS.has(name as OperationName);
  return {
    invoke: (name, input, caller) => (allowed(name) ? registry.invoke(name, input, caller) : Promise.resolve({ ok: false, error: refusal.toData() })),
    call: (name, input, caller) => (allowed(name) ? registry.call(name, input, caller) : Promise.reject(refusal)),
  };
}

/**
 * Opens the store for viewing only, while another program holds the data folder (or the folder
 * cannot be written). `reason` is why it was not opened normally; it becomes the answer to anything
 * that would write. No migration, clean-up, checkpoint or backup: the holder owns all of those.
 */
export function openReadOnlyApp(options: OpenAppOptions, dataDir: string, appLog: AppLog, reason: AppError): OpenApp {
  const databasePath = path.join(dataDir, DATABASE_FILE);
  const { db, schemaVersion } = openDatabaseReadOnly(databasePath, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  if (schemaVersion < LATEST_SCHEMA_VERSION) {
    db.close();
    throw new AppError('conflict', `无法只读打开：数据文件的数据版本（${schemaVersion}）比本程序的（${LATEST_SCHEMA_VERSION}）旧，要先升级才能使用，而只读时不能升级。${reason.message}`);
  }
  const refusal = new AppError(reason.code, `现在只能查看，不能修改。${reason.message}`);
  const ctx: AppContext = {
    db,
    dataDir,
    databasePath,
    schemaVersion,
    shell: options.shell,
    version: pkg.version,
    now: options.now ?? (() => new Date().toISOString()),
    backupBeforeChange: () => Promise.reject(refusal),
  };
  appLog.info(`只读打开数据：法治台账 ${pkg.version}（${options.shell}），数据版本 ${schemaVersion}，原因：${reason.code}`);
  const registry = viewingOnly(
    createRegistry(ctx, (operation, err) => appLog.internal(`操作 ${operation}`, err)),
    refusal,
  );
  return {
    ctx,
    registry,
    dataDir,
    liveContext: () => ctx,
    recovery: () => null,
    log: appLog,
    close() {
      if (db.open) db.close();
    },
  };
}
