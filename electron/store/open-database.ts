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
