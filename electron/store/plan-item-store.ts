import type Database from 'better-sqlite3';
import type { PlanItem, PlanItemEntry, PlanStatus } from '../../shared/domain/plan-item';

// This year's checklist from last year's plans (plan_items, plan_item_links; migration plan-items).

/** The row is the item without its linked entries (read apart). */
type ItemRow = Omit<PlanItem, 'entries'>;

function linkedEntries(db: Database.Database, itemId: number): PlanItemEntry[] {
  return db
    .prepare(
      `SELECT a.id, a.date, a.date_precision AS datePrecision, a.end_date AS endDate, a.title FROM plan_item_links l JOIN activities a ON a.id = l.activity_id
       WHERE l.plan_item_id = ? AND a.deleted_at IS NULL ORDER BY a.date, a.created_at`,
    )
    .all(itemId) as PlanItemEntry[];
}

const toItem = (db: Database.Database, r: ItemRow): PlanItem => ({ ...r, entries: linkedEntries(db, r.id) });

export function listPlanItems(db: Database.Database, year: number): PlanItem[] {
  const rows = db.prepare('SELECT id, year, position, text, status, note FROM plan_items WHERE year = ? ORDER BY position').all(year) as ItemRow[];
  return rows.map((r) => toItem(db, r));
}

export function getPlanItem(db: Database.Database, id: number): PlanItem | undefined {
  const row = db.prepare('SELECT id, year, position, text, status, note FROM plan_items WHERE id = ?').get(id) as ItemRow | undefined;
  return row && toItem(db, row);
}

/** Adds the plan paragraphs not yet on the year's list (by text), after the ones already there. */
export function addMissingPlanItems(db: Database.Database, year: number, plans: readonly string[], now: string): void {
  db.transaction(() => {
    const existing = db.prepare('SELECT text, position FROM plan_items WHERE year = ?').all(year) as { text: string; position: number }[];
    const have = new Set(existing.map((r) => r.text));
    let position = existing.reduce((max, r) => Math.max(max, r.position), 0);
    const insert = db.prepare('INSERT INTO plan_items (year, position, text, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
    for (const text of plans) {
      if (have.has(text)) continue;
      have.add(text);
      position += 1;
      insert.run(year, position, text, now, now);
    }
  })();
}

export function linkPlanItem(db: Database.Database, itemId: number, activityId: string, now: string): void {
  db.prepare('INSERT OR IGNORE INTO plan_item_links (plan_item_id, activity_id, created_at) VALUES (?, ?, ?)').run(itemId, activityId, now);
}

export function unlinkPlanItem(db: Database.Database, itemId: number, activityId: string): void {
  db.prepare('DELETE FROM plan_item_links WHERE plan_item_id = ? AND activity_id = ?').run(itemId, activityId);
}

export function setPlanItemStatus(db: Database.Database, itemId: number, status: PlanStatus, note: string, now: string): void {
  db.prepare('UPDATE plan_items SET status = ?, note = ?, updated_at = ? WHERE id = ?').run(status, note, now, itemId);
}
