import Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import { storageProblemOf } from '../store/storage-errors';

export interface StoreFileFacts {
  schemaVersion: number;
  entryCount: number;
}

/**
 * Opens a freshly written copy of the store (ours, not the user's), switches it out of WAL so it is
 * one self-contained file, and checks it fully: integrity, schema version, entries readable.
 */
export function verifyStoreCopy(file: string, nativeBinding?: string): StoreFileFacts {
  let db: Database.Database | null = null;
  try {
    db = new Database(file, nativeBinding ? { nativeBinding } : {});
    db.pragma('journal_mode = DELETE');
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new AppError('database_damaged', `备份校验未通过（${String(integrity).slice(0, 200)}）`);
    const schemaVersion = db.pragma('user_version', { simple: true }) as number;
    const hasEntries = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'activities'").get();
    const entryCount = hasEntries ? (db.prepare('SELECT count(*) FROM activities').pluck().get() as number) : 0;
    return { schemaVersion, entryCount };
  } catch (err) {
    // A copy that cannot be checked for want of disk space is not a damaged copy.
    if (err instanceof AppError || storageProblemOf(err)) throw err;
    throw new AppError('database_damaged', `备份校验未通过：${(err as Error).message}`);
  } finally {
    db?.close();
  }
}
