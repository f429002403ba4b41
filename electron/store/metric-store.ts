import type Database from 'better-sqlite3';
import type { EntryMetric } from '../../shared/domain/metric';
import { cachedStatement } from './statement-cache';

// The metrics of 台账 entries (activity_metrics), in the order the user gave them.

interface MetricRow {
  activity_id: string;
  name: string;
  value: number;
  unit: string;
  approximate: number;
}

/** Replaces an entry's metric list. Call inside the caller's transaction. */
export function writeMetrics(db: Database.Database, activityId: string, metrics: readonly EntryMetric[]): void {
  cachedStatement(db, 'DELETE FROM activity_metrics WHERE activity_id = ?').run(activityId);
  const insert = cachedStatement(db, 'INSERT INTO activity_metrics (activity_id, position, name, value, unit, approximate) VALUES (?, ?, ?, ?, ?, ?)');
  metrics.forEach((m, i) => insert.run(activityId, i, m.name, m.value, m.unit, m.approximate ? 1 : 0));
}

/** The metrics of many entries in one query (a page of 500 must not cost 500 queries). */
export function readMetrics(db: Database.Database, activityIds: readonly string[]): Map<string, EntryMetric[]> {
  const byId = new Map<string, EntryMetric[]>(activityIds.map((id) => [id, []]));
  if (activityIds.length === 0) return byId;
  const rows = db
    .prepare(
      `SELECT activity_id, name, value, unit, approximate FROM activity_metrics
       WHERE activity_id IN (SELECT value FROM json_each(?)) ORDER BY activity_id, position`,
    )
    .all(JSON.stringify(activityIds)) as MetricRow[];
  for (const r of rows) byId.get(r.activity_id)?.push({ name: r.name, value: r.value, unit: r.unit, approximate: r.approximate === 1 });
  return byId;
}
