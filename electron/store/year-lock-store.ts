import type Database from 'better-sqlite3';
import type { YearLock } from '../../shared/domain/review';
import { cachedStatement } from './statement-cache';

// Years locked after their report was filed (年度锁定, migration 14). A handful of rows at most.

interface Row {
  year: number;
  locked_at: string;
  locked_by: string;
  note: string;
}

const toLock = (r: Row): YearLock => ({ year: r.year, lockedAt: r.locked_at, lockedBy: r.locked_by, note: r.note });

export function listYearLocks(db: Database.Database): YearLock[] {
  return (cachedStatement(db, 'SELECT * FROM year_locks ORDER BY year DESC').all() as Row[]).map(toLock);
}

export function getYearLock(db: Database.Database, year: number): YearLock | undefined {
  const row = cachedStatement(db, 'SELECT * FROM year_locks WHERE year = ?').get(year) as Row | undefined;
  return row && toLock(row);
}

export function insertYearLock(db: Database.Database, lock: YearLock): void {
  cachedStatement(db, 'INSERT INTO year_locks (year, locked_at, locked_by, note) VALUES (?, ?, ?, ?)').run(lock.year, lock.lockedAt, lock.lockedBy, lock.note);
}

export function deleteYearLock(db: Database.Database, year: number): boolean {
  return cachedStatement(db, 'DELETE FROM year_locks WHERE year = ?').run(year).changes > 0;
}

/** The locked years, for checking many dates at once. */
export function lockedYears(db: Database.Database): Set<number> {
  return new Set(cachedStatement(db, 'SELECT year FROM year_locks').pluck().all() as number[]);
}
