import type Database from 'better-sqlite3';
import type { HostOwnerRow } from '../../shared/domain/host-setup';
import { departmentName } from '../../shared/domain/host-setup';
import { recordHistory } from './history-store';

// Who owns the entries a unit kept before accounts (局域网共享 setup, shared/domain/host-setup.ts):
// counted per 承办科室, and given a 录入人 and, for this unit's own, the 归属科室. Trashed entries
// count and are assigned like the rest: they can be restored, and must then be someone's.

/** Blank 科室 first (it is what must be fixed), then the largest 科室. */
export function countEntryOwners(db: Database.Database): HostOwnerRow[] {
  return db
    .prepare(
      `SELECT department,
              count(*) AS entries,
              coalesce(sum(author_id = ''), 0) AS withoutAuthor,
              coalesce(sum(author_id = '' AND origin <> ''), 0) AS fromOtherUnits
         FROM activities
        GROUP BY department
        ORDER BY department <> '', entries DESC, department`,
    )
    .all() as HostOwnerRow[];
}

export function countEntries(db: Database.Database): number {
  return db.prepare('SELECT count(*) FROM activities').pluck().get() as number;
}

/** One 科室's entries and who gets them, checked by the handler before this is called. */
export interface OwnerPlanItem {
  fromDepartment: string;
  toDepartment: string;
  authorId: string;
  authorName: string;
}

interface TargetRow {
  id: string;
  title: string;
  /** For the year lock: an entry of a locked year is not assigned (host-setup-handlers.ts). */
  date: string;
  department: string;
  origin: string;
}

/** The entries of a 科室 that have no 录入人 yet. */
export function entriesWithoutAuthor(db: Database.Database, department: string): TargetRow[] {
  return db.prepare("SELECT id, title, date, department, origin FROM activities WHERE department = ? AND author_id = ''").all(department) as TargetRow[];
}

/**
 * Gives each planned 科室's entries without a 录入人 their author, and this unit's own entries the
 * 归属科室, with one history row each, in one transaction. The entries are all picked before any
 * is changed, so that 未填写 → 办公室 and 办公室 → 法制科 in one call do not move the first into the
 * second. Returns how many entries changed.
 */
export function assignEntryOwners(db: Database.Database, plan: readonly OwnerPlanItem[], now: string): number {
  return db.transaction(() => {
    const picked = plan.map((item) => ({ item, rows: entriesWithoutAuthor(db, item.fromDepartment) }));
    const update = db.prepare("UPDATE activities SET department = ?, author_id = ?, author_name = ?, updated_at = ? WHERE id = ? AND author_id = ''");
    let changed = 0;
    for (const { item, rows } of picked) {
      for (const row of rows) {
        // An entry merged from another unit keeps that unit's 科室 (see shared/domain/host-setup.ts).
        const department = row.origin === '' ? item.toDepartment : row.department;
        changed += update.run(department, item.authorId, item.authorName, now, row.id).changes;
        const moved = department !== row.department;
        recordHistory(db, {
          activityId: row.id,
          action: 'update',
          at: now,
          title: row.title,
          changes: moved ? { department: [row.department, department] } : {},
          note: `启用局域网共享：录入人定为“${item.authorName}”${moved ? `，承办科室由“${departmentName(row.department)}”改为“${department}”` : ''}`,
        });
      }
    }
    return changed;
  })();
}
