import type Database from 'better-sqlite3';
import type { HistoryAction, HistoryChanges, HistoryEntry } from '../../shared/domain/history';
import { getUnit } from './unit-store';
import { cachedStatement } from './statement-cache';

interface HistoryRow {
  id: number;
  activity_id: string;
  at: string;
  operator: string;
  action: HistoryAction;
  title: string;
  changes: string;
  note: string;
}

export interface HistoryRecord {
  activityId: string;
  action: HistoryAction;
  at: string;
  /** The entry's title at the time. */
  title: string;
  changes?: HistoryChanges;
  note?: string;
  /** Defaults to the operator name in the unit profile. */
  operator?: string;
}

/**
 * Records one change. Call it inside the transaction that makes the change, so that a change that
 * fails leaves no history and a history row that fails undoes the change. The spreadsheet import
 * records its rows with action 'import' and `changes: activitySnapshot(entry)`.
 */
export function recordHistory(db: Database.Database, r: HistoryRecord): void {
  cachedStatement(db, 'INSERT INTO activity_history (activity_id, at, operator, action, title, changes, note) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    r.activityId,
    r.at,
    r.operator ?? getUnit(db).operatorName,
    r.action,
    r.title,
    JSON.stringify(r.changes ?? {}),
    r.note ?? '',
  );
}

/** Newest first (by insertion, so two changes in the same millisecond keep their order). */
export function listHistory(db: Database.Database, activityId: string): HistoryEntry[] {
  const rows = db.prepare('SELECT * FROM activity_history WHERE activity_id = ? ORDER BY id DESC').all(activityId) as HistoryRow[];
  return rows.map((r) => ({
    id: r.id,
    activityId: r.activity_id,
    at: r.at,
    operator: r.operator,
    action: r.action,
    title: r.title,
    changes: JSON.parse(r.changes) as HistoryChanges,
    note: r.note,
  }));
}
