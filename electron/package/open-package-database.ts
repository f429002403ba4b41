import type Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import { openDatabase } from '../store/open-database';
import { storageProblemOf } from '../store/storage-errors';
import { packageRefused } from './package-error';

/**
 * Opens the unpacked copy of a package's database: it must be SQLite, not from a newer version, and
 * pass integrity_check. An older one is migrated (it is our copy in the work folder, never the user's).
 */
export function openPackageDatabase(file: string, fileName: string): Database.Database {
  let db: Database.Database;
  try {
    db = openDatabase(file).db;
  } catch (err) {
    if (err instanceof AppError && err.code === 'not_a_database') throw packageRefused(fileName, '其中的 fazhi.db 不是 SQLite 数据库，数据包已损坏或被篡改。');
    if (err instanceof AppError && err.code === 'database_too_new') throw packageRefused(fileName, '它来自更新版本的法治台账，本程序读不懂其中的数据。请先升级本程序。');
    // Migrating our copy in the work folder can meet a full disk: that is not a damaged package.
    const problem = storageProblemOf(err);
    if (problem === 'full' || problem === 'read_only' || problem === 'denied') throw err;
    throw packageRefused(fileName, '其中的数据文件已损坏，无法打开。');
  }
  let check: string[];
  try {
    check = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
  } catch {
    db.close();
    throw packageRefused(fileName, '其中的数据文件已损坏，无法检查。');
  }
  if (check.length !== 1 || check[0] !== 'ok') {
    db.close();
    throw packageRefused(fileName, '其中的数据文件未通过完整性检查，已损坏。');
  }
  return db;
}
