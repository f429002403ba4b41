import type Database from 'better-sqlite3';
import type { CounterInUse } from '../../shared/reminders/build-reminders';

// What the reminders read: the newest live entry, and the period totals kept for counter metrics.

export function newestEntry(db: Database.Database): { createdAt: string; title: string } | undefined {
  return db.prepare('SELECT created_at AS createdAt, title FROM activities WHERE deleted_at IS NULL ORDER BY created_at DESC LIMIT 1').get() as { createdAt: string; title: string } | undefined;
}

interface CounterRow {
  categoryId: number;
  categoryName: string;
  name: string;
  unit: string;
  dates: string;
}

/** Visible counter definitions of visible categories, each with the dates of its live period totals. */
export function countersInUse(db: Database.Database): CounterInUse[] {
  const rows = db
    .prepare(
      `SELECT d.category_id AS categoryId, c.name AS categoryName, d.name, d.unit,
         (SELECT json_group_array(a.date) FROM activity_metrics m JOIN activities a ON a.id = m.activity_id
           WHERE m.name = d.name AND a.category_id = d.category_id AND a.deleted_at IS NULL AND a.period <> '') AS dates
       FROM metric_definitions d JOIN categories c ON c.id = d.category_id
       WHERE d.counter = 1 AND d.hidden = 0 AND c.hidden = 0
       ORDER BY c.sort_order, c.id, d.sort_order, d.id`,
    )
    .all() as CounterRow[];
  return rows.map((r) => ({ categoryId: r.categoryId, categoryName: r.categoryName, metric: { name: r.name, unit: r.unit }, totalDates: JSON.parse(r.dates) as string[] }));
}
