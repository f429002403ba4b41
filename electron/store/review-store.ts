import type Database from 'better-sqlite3';
import type { DatePrecision } from '../../shared/domain/activity';
import type { ReviewQueueItem, ReviewStatus } from '../../shared/domain/review';
import { cachedStatement } from './statement-cache';

// An entry's review state (审核), written only by the review handlers: the form's update never
// touches it, so an edit by the 审核员 keeps an approved entry approved.

/** Each existing entry's review state and date, by id (trashed entries too), for the boundary's locks. */
export function entryReviewStates(db: Database.Database, ids: readonly string[]): Map<string, { reviewStatus: ReviewStatus; date: string }> {
  const statement = cachedStatement(db, 'SELECT review_status, date FROM activities WHERE id = ?');
  const found = new Map<string, { reviewStatus: ReviewStatus; date: string }>();
  for (const id of new Set(ids)) {
    const row = statement.get(id) as { review_status: ReviewStatus; date: string } | undefined;
    if (row) found.set(id, { reviewStatus: row.review_status, date: row.date });
  }
  return found;
}

/** 提交审核: the last 退回 reason stays, so the 审核员 sees what was asked for. */
export function markSubmitted(db: Database.Database, id: string, now: string): void {
  cachedStatement(db, "UPDATE activities SET review_status = 'submitted', submitted_at = ?, updated_at = ? WHERE id = ?").run(now, now, id);
}

export function markApproved(db: Database.Database, id: string, reviewer: string, now: string): void {
  cachedStatement(db, "UPDATE activities SET review_status = 'approved', review_note = '', reviewed_by = ?, reviewed_at = ?, updated_at = ? WHERE id = ?").run(reviewer, now, now, id);
}

export function markReturned(db: Database.Database, id: string, reviewer: string, reason: string, now: string): void {
  cachedStatement(db, "UPDATE activities SET review_status = 'returned', review_note = ?, reviewed_by = ?, reviewed_at = ?, updated_at = ? WHERE id = ?").run(reason, reviewer, now, now, id);
}

/** 待审核: submitted and not in the trash, the longest waiting first (the partial index of migration 14). */
export function listReviewQueue(db: Database.Database, department?: string): ReviewQueueItem[] {
  const byDepartment = department === undefined ? '' : 'AND a.department = ?';
  const rows = db
    .prepare(
      `SELECT a.id, a.date, a.date_precision, a.end_date, a.title, c.name AS category_name, a.department, a.author_name, a.submitted_at
       FROM activities a JOIN categories c ON c.id = a.category_id
       WHERE a.review_status = 'submitted' AND a.deleted_at IS NULL ${byDepartment}
       ORDER BY a.submitted_at ASC, a.id ASC`,
    )
    .all(...(department === undefined ? [] : [department])) as { id: string; date: string; date_precision: DatePrecision; end_date: string | null; title: string; category_name: string; department: string; author_name: string; submitted_at: string | null }[];
  return rows.map((r) => ({ id: r.id, date: r.date, datePrecision: r.date_precision, endDate: r.end_date, title: r.title, categoryName: r.category_name, department: r.department, authorName: r.author_name, submittedAt: r.submitted_at ?? '' }));
}

/** How many live entries of the year are not 已审核 (left out of the report by default). */
export function countUnreviewed(db: Database.Database, year: number): number {
  return cachedStatement(db, "SELECT COUNT(*) FROM activities WHERE deleted_at IS NULL AND review_status <> 'approved' AND date >= ? AND date < ?")
    .pluck()
    .get(`${year}-01-01`, `${year + 1}-01-01`) as number;
}

/** The entry's last recorded change: when, and by whom (the history's operator; '' if not known). */
export function lastChange(db: Database.Database, id: string): { at: string; operator: string } | undefined {
  return cachedStatement(db, 'SELECT at, operator FROM activity_history WHERE activity_id = ? ORDER BY id DESC LIMIT 1').get(id) as { at: string; operator: string } | undefined;
}
