import Database from 'better-sqlite3';
import fs from 'node:fs';
import { AppError } from '../../shared/errors';
import { LATEST_SCHEMA_VERSION } from './migrations';
import { migrate, refuseNewerDatabase, schemaVersion } from './migrate';

const SQLITE_HEADER = Buffer.from('SQLite format 3\u0000', 'latin1');

/** Reads the first bytes only: a file that is not SQLite must not even be opened for writing. */
export function assertLooksLikeSqlite(file: string): void {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw new AppError('not_a_database', `无法读取数据文件：${file}（${(err as Error).message}）`);
  }
  try {
    const head = Buffer.alloc(SQLITE_HEADER.length);
    const read = fs.readSync(fd, head, 0, head.length, 0);
    if (read === 0) return; // an empty file is an empty database
    if (read < head.length || !head.equals(SQLITE_HEADER)) {
      throw new AppError(
        'not_a_database',
        `这个文件不是法治台账的数据文件，程序没有打开也没有改动它。请检查数据文件夹是否选对。文件位置：${file}`,
      );
    }
  } finally {
    fs.closeSync(fd);
  }
}

/** A store file of 0 bytes: never what this program leaves behind, so most likely a ledger lost by a failed copy or the disk. */
export function isEmptyStoreFile(file: string): boolean {
  try {
    return fs.statSync(file).size === 0;
  } catch {
    return false;
  }
}

/**
 * A 0-byte file where a store was expected is not taken for a new store: SQLite would turn it into
 * an empty ledger without a word, the user would start again on it, and the automatic backups
 * would in time push out the ones that still hold the real ledger. Only a missing file is new.
 */
function refuseEmptyStore(file: string): void {
  if (!isEmptyStoreFile(file)) return;
  throw new AppError('database_damaged', `数据文件是空的（0 字节），台账内容已不在这个文件里（多半是复制没有完成或磁盘出错）。程序没有把它当作新数据使用，也没有改动它。文件位置：${file}`);
}

export interface OpenedDatabase {
  db: Database.Database;
  migratedFrom: number;
  schemaVersion: number;
}

export interface OpenDatabaseOptions {
  /**
   * better-sqlite3's compiled module to load instead of its own. The desktop in development passes
   * the Electron build, because the one in node_modules is built for the system's Node.
   */
  nativeBinding?: string;
  /**
   * Runs before pending migrations of an existing store (schema version above 0), on the open
   * connection; it throws to stop the migration (the store is then not opened).
   */
  beforeMigration?: (db: Database.Database, fromVersion: number) => void;
}

/**
 * Opens (or creates) the store. Refuses, without writing a byte, a file that is not SQLite or that a
 * newer app version wrote. WAL with synchronous=FULL: a year of work outweighs a little write speed.
 */
export function openDatabase(file: string, options: OpenDatabaseOptions = {}): OpenedDatabase {
  assertLooksLikeSqlite(file);
  refuseEmptyStore(file);
  const db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    refuseNewerDatabase(schemaVersion(db), LATEST_SCHEMA_VERSION, file);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    const current = schemaVersion(db);
    if (options.beforeMigration && current > 0 && current < LATEST_SCHEMA_VERSION) options.beforeMigration(db, current);
    const { from, to } = migrate(db, file);
    // Planner statistics, refreshed only for tables that grew or shrank a lot; the limit keeps it to
    // milliseconds at 50,000 entries. Without them SQLite may count through an index that narrows
    // nothing (the entries without evidence, at 50,000: 110 ms instead of 23).
    db.pragma('analysis_limit = 400');
    db.pragma('optimize = 0x10002');
    return { db, migratedFrom: from, schemaVersion: to };
  } catch (err) {
    db.close();
    if (err instanceof AppError) throw err;
    const code = (err as { code?: string }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
      throw new AppError('database_damaged', `数据文件已损坏，程序没有改动它。文件位置：${file}`);
    }
    throw err;
  }
}

function damagedOrRethrown(err: unknown, file: string): unknown {
  if (err instanceof AppError) return err;
  const code = (err as { code?: string }).code;
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') return new AppError('database_damaged', `数据文件已损坏，程序没有改动它。文件位置：${file}`);
  return err;
}

/**
 * Opens an existing store for reading only, while another program holds the data folder: no
 * pragma that writes, no migration (the caller refuses a schema older than ours), no checkpoint.
 */
export function openDatabaseReadOnly(file: string, options: Pick<OpenDatabaseOptions, 'nativeBinding'> = {}): OpenedDatabase {
  assertLooksLikeSqlite(file);
  refuseEmptyStore(file);
  if (!fs.existsSync(file)) throw new AppError('not_found', `数据文件夹中没有数据文件：${file}`);
  const db = new Database(file, { readonly: true, fileMustExist: true, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
  try {
    const version = schemaVersion(db);
    refuseNewerDatabase(version, LATEST_SCHEMA_VERSION, file);
    db.pragma('busy_timeout = 5000');
    return { db, migratedFrom: version, schemaVersion: version };
  } catch (err) {
    db.close();
    throw damagedOrRethrown(err, file);
  }
}
