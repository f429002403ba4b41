import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { assertLooksLikeSqlite } from '../store/open-database';
import { storageError } from '../store/storage-errors';

export type StoreHealth = { ok: true } | { ok: false; detail: string };

/**
 * SQLite's quick check on a read-only connection, before anything may write: a read-only connection
 * never checkpoints its WAL into the file on close, so a damaged file stays exactly as it was found.
 * A missing or empty file is a new store and healthy. A file that is not SQLite at all is refused
 * as before (not_a_database): that is more likely a wrong folder than damage. A folder that cannot
 * be written (read-only, no permission: SQLite cannot make the WAL's index file) is not damage
 * either: it is refused as what it is (`storage`), naming the folder.
 */
export function checkStoreHealth(file: string, nativeBinding?: string): StoreHealth {
  assertLooksLikeSqlite(file);
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch {
    return { ok: true };
  }
  if (size === 0) return { ok: true };
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    const rows = db.pragma('quick_check') as { quick_check: string }[];
    const result = rows.map((r) => r.quick_check);
    return result.length === 1 && result[0] === 'ok' ? { ok: true } : { ok: false, detail: result.slice(0, 5).join('；') };
  } catch (err) {
    const code = (err as { code?: string }).code ?? '';
    if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT') || code.startsWith('SQLITE_IOERR')) {
      return { ok: false, detail: (err as Error).message };
    }
    const folder = path.dirname(path.resolve(file));
    throw storageError(err, { dataDir: folder, folder, outcome: '程序没有打开数据文件' }) ?? err;
  } finally {
    db?.close();
  }
}
