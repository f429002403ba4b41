import type Database from 'better-sqlite3';
import type { ACTIVITY_EDITABLE_FIELDS, Activity, ActivityPeriod, ActivitySort, DatePrecision, LeaderRole } from '../../shared/domain/activity';
import type { ReviewStatus } from '../../shared/domain/review';
import type { EntryMetric } from '../../shared/domain/metric';
import { readMetrics, writeMetrics } from './metric-store';
import type { IdPage, ListSpec } from './activity-search';
import { idPage, literalCondition, searchIds, textSearch } from './activity-search';
import { cachedStatement } from './statement-cache';

interface ActivityRow {
  id: string;
  date: string;
  end_date: string | null;
  date_precision: DatePrecision;
  category_id: number;
  category_name: string;
  title: string;
  summary: string;
  details: string;
  department: string;
  participant_count: number | null;
  location: string;
  participants_desc: string;
  leader_role: LeaderRole;
  doc_title: string;
  doc_number: string;
  period: ActivityPeriod;
  origin: string;
  author_name: string;
  review_status: ReviewStatus;
  review_note: string;
  reviewed_by: string;
  reviewed_at: string | null;
  submitted_at: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  tags: string | null;
}

const SELECT = `
  SELECT a.*, c.name AS category_name,
    (SELECT json_group_array(tag) FROM (SELECT tag FROM activity_tags t WHERE t.activity_id = a.id ORDER BY position)) AS tags
  FROM activities a JOIN categories c ON c.id = a.category_id`;

function toActivity(row: ActivityRow, metrics: EntryMetric[]): Activity {
  return {
    id: row.id,
    date: row.date,
    endDate: row.end_date,
    datePrecision: row.date_precision,
    categoryId: row.category_id,
    categoryName: row.category_name,
    title: row.title,
    summary: row.summary,
    details: row.details,
    department: row.department,
    participantCount: row.participant_count,
    participantsDesc: row.participants_desc,
    location: row.location,
    leaderRole: row.leader_role,
    docTitle: row.doc_title,
    docNumber: row.doc_number,
    period: row.period,
    tags: row.tags ? (JSON.parse(row.tags) as string[]) : [],
    metrics,
    origin: row.origin,
    authorName: row.author_name,
    reviewStatus: row.review_status,
    reviewNote: row.review_note,
    reviewedBy: row.reviewed_by,
    reviewedAt: row.reviewed_at,
    submittedAt: row.submitted_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}

/** Rows to entries, with all their metrics read in one query. */
function withMetrics(db: Database.Database, rows: readonly ActivityRow[]): Activity[] {
  const metrics = readMetrics(db, rows.map((r) => r.id));
  return rows.map((r) => toActivity(r, metrics.get(r.id) ?? []));
}

/** The editable fields, as the store keeps them (no id, no timestamps, no review state). */
export type ActivityFields = Pick<Activity, (typeof ACTIVITY_EDITABLE_FIELDS)[number]>;

/**
 * Who wrote a new entry and the review state it starts in (electron/handlers/entry-authorship.ts
 * decides from the caller). The author's account id is kept in the store only: it ties the entry to
 * the account, the name is what people read.
 */
export interface NewEntryReview {
  authorId: string;
  authorName: string;
  reviewStatus: ReviewStatus;
}

/** An entry of the machine's own user: no account, and nobody else to review it. */
export const LOCAL_ENTRY_REVIEW: NewEntryReview = { authorId: '', authorName: '', reviewStatus: 'approved' };

const COLUMNS: Record<Exclude<keyof ActivityFields, 'tags' | 'metrics'>, string> = {
  date: 'date',
  endDate: 'end_date',
  datePrecision: 'date_precision',
  categoryId: 'category_id',
  title: 'title',
  summary: 'summary',
  details: 'details',
  department: 'department',
  participantCount: 'participant_count',
  participantsDesc: 'participants_desc',
  location: 'location',
  leaderRole: 'leader_role',
  docTitle: 'doc_title',
  docNumber: 'doc_number',
  period: 'period',
};

function writeTags(db: Database.Database, id: string, tags: readonly string[]): void {
  cachedStatement(db, 'DELETE FROM activity_tags WHERE activity_id = ?').run(id);
  const insert = cachedStatement(db, 'INSERT INTO activity_tags (activity_id, tag, position) VALUES (?, ?, ?)');
  tags.forEach((tag, i) => insert.run(id, tag, i));
}

export function getActivity(db: Database.Database, id: string): Activity | undefined {
  const row = db.prepare(`${SELECT} WHERE a.id = ?`).get(id) as ActivityRow | undefined;
  return row && withMetrics(db, [row])[0];
}

const INSERT_SQL = `INSERT INTO activities (id, ${Object.values(COLUMNS).join(', ')}, author_id, author_name, review_status, created_at, updated_at) VALUES (?, ${Object.values(COLUMNS)
  .map(() => '?')
  .join(', ')}, ?, ?, ?, ?, ?)`;

export function insertActivity(db: Database.Database, id: string, fields: ActivityFields, now: string, review: NewEntryReview = LOCAL_ENTRY_REVIEW): void {
  db.transaction(() => {
    const values = (Object.keys(COLUMNS) as (keyof typeof COLUMNS)[]).map((k) => fields[k]);
    cachedStatement(db, INSERT_SQL).run(id, ...values, review.authorId, review.authorName, review.reviewStatus, now, now);
    writeTags(db, id, fields.tags);
    writeMetrics(db, id, fields.metrics);
  })();
}

export function updateActivity(db: Database.Database, id: string, patch: Partial<ActivityFields>, now: string): void {
  db.transaction(() => {
    const sets: string[] = [];
    const values: unknown[] = [];
    for (const [key, column] of Object.entries(COLUMNS) as [keyof typeof COLUMNS, string][]) {
      if (patch[key] === undefined) continue;
      sets.push(`${column} = ?`);
      values.push(patch[key]);
    }
    sets.push('updated_at = ?');
    values.push(now, id);
    db.prepare(`UPDATE activities SET ${sets.join(', ')} WHERE id = ?`).run(...values);
    if (patch.tags) writeTags(db, id, patch.tags);
    if (patch.metrics) writeMetrics(db, id, patch.metrics);
  })();
}

export function setDeletedAt(db: Database.Database, id: string, deletedAt: string | null, now: string): void {
  cachedStatement(db, 'UPDATE activities SET deleted_at = ?, updated_at = ? WHERE id = ?').run(deletedAt, now, id);
}

/** Deletes an entry for good; its tags and metrics go with it (ON DELETE CASCADE). */
export function purgeActivity(db: Database.Database, id: string): void {
  db.prepare('DELETE FROM activities WHERE id = ?').run(id);
}

/** The entries in the trash: id, title and date, enough to purge them, say which they were and keep a locked year's. */
export function listTrashed(db: Database.Database): { id: string; title: string; date: string }[] {
  return db.prepare('SELECT id, title, date FROM activities WHERE deleted_at IS NOT NULL ORDER BY deleted_at, id').all() as { id: string; title: string; date: string }[];
}

/** A 录入员's view of the log: the entries of their 科室 and the entries whose 录入人 they are. */
export interface EntryVisibility {
  department: string;
  authorId: string;
}

export interface ActivityQuery {
  year?: number | undefined;
  /** With `year`: the entry's (start) date is in that month; an entry dated only to the year is in none. */
  month?: number | undefined;
  datePrecision?: DatePrecision | undefined;
  /** Inclusive; an entry with an end date matches if its span overlaps [from, to]. */
  from?: string | undefined;
  to?: string | undefined;
  /** `categoryId` and `categoryIds` together: an entry in any of them matches. */
  categoryId?: number | undefined;
  categoryIds?: readonly number[] | undefined;
  department?: string | undefined;
  /** Only entries with no 承办科室. */
  withoutDepartment?: true | undefined;
  /** The unit an entry was merged from; '' for this unit's own entries. */
  origin?: string | undefined;
  tag?: string | undefined;
  metricName?: string | undefined;
  metricUnit?: string | undefined;
  text?: string | undefined;
  /** 'any': the principal leader took part in any way. */
  leaderRole?: 'any' | Exclude<LeaderRole, ''> | undefined;
  /** 'with': has at least one attachment; 'without': has none. */
  evidence?: 'with' | 'without' | undefined;
  reviewStatus?: ReviewStatus | undefined;
  /** Set by the boundary only (electron/auth/object-access.ts), never by a caller: a 录入员 sees their 科室's entries and those they wrote. */
  visibleTo?: EntryVisibility | undefined;
  deleted: 'exclude' | 'only';
  sort: ActivitySort;
  limit: number;
  offset: number;
}

/**
 * `t` is the table the dates are read from: `a` (activities) or, when searching, `d` (the search
 * index's copy, same column names). The id comes last so that pages never overlap or skip.
 * 'relevance' is added by the search; here it is the order among equally good matches.
 */
const ORDER: Record<ActivitySort, (t: 'a' | 'd') => string> = {
  date_desc: (t) => `${t}.date DESC, ${t}.created_at DESC, ${t}.id DESC`,
  date_asc: (t) => `${t}.date ASC, ${t}.created_at ASC, ${t}.id ASC`,
  updated_desc: (t) => `${t}.updated_at DESC, ${t}.id DESC`,
  title: (t) => `${t === 'a' ? 'a.title' : '(SELECT title FROM activities WHERE id = d.id)'}, ${t}.date DESC, ${t}.id DESC`,
  relevance: (t) => ORDER.date_desc(t),
};

/** [first day, first day after] of the year, or of one of its months. */
function yearOrMonthRange(year: number, month: number | undefined): [string, string] {
  if (month === undefined) return [`${year}-01-01`, `${year + 1}-01-01`];
  const pad = (m: number) => String(m).padStart(2, '0');
  return [`${year}-${pad(month)}-01`, month === 12 ? `${year + 1}-01-01` : `${year}-${pad(month + 1)}-01`];
}

/** Conditions on the dates and the trash, read from `t` (see ORDER). */
function dateAndTrashConditions(q: ActivityQuery, t: 'a' | 'd'): { sql: string[]; params: unknown[] } {
  const trash = q.deleted === 'only' ? `${t}.deleted_at IS NOT NULL` : `${t}.deleted_at IS NULL`;
  const sql = [trash];
  const params: unknown[] = [];
  if (q.year !== undefined) {
    sql.push(`${t}.date >= ? AND ${t}.date < ?`);
    params.push(...yearOrMonthRange(q.year, q.month));
  }
  // A span belongs to the range if it overlaps it: it starts inside, or started before and ends
  // inside or after. Two branches, each repeating the trash condition, so that each is a range on
  // an index of live entries (by start date, by end date) instead of a scan of every entry.
  if (q.from !== undefined) {
    const startsInside = q.to === undefined ? `${t}.date >= ?` : `${t}.date >= ? AND ${t}.date <= ?`;
    sql.push(`((${trash} AND ${startsInside}) OR (${trash} AND ${t}.date < ? AND ${t}.end_date >= ?))`);
    params.push(q.from, ...(q.to === undefined ? [] : [q.to]), q.from, q.from);
  } else if (q.to !== undefined) {
    sql.push(`${t}.date <= ?`);
    params.push(q.to);
  }
  return { sql, params };
}

export function listActivities(db: Database.Database, q: ActivityQuery): { items: Activity[]; total: number } {
  const search = q.text ? textSearch(q.text) : undefined;

  // Conditions on the entry itself, always on `a` (activities). Add a new filter here.
  const where: string[] = [];
  const params: unknown[] = [];
  const categoryIds = [...new Set([...(q.categoryId === undefined ? [] : [q.categoryId]), ...(q.categoryIds ?? [])])];
  if (categoryIds.length > 0) {
    where.push(`a.category_id IN (${categoryIds.map(() => '?').join(', ')})`);
    params.push(...categoryIds);
  }
  if (q.department !== undefined) {
    where.push('a.department = ?');
    params.push(q.department);
  }
  if (q.withoutDepartment) where.push("a.department = ''");
  // Stored as Jan 1, an entry dated only to the year would otherwise fall in 1月 (see stats-dimensions).
  if (q.month !== undefined) where.push("a.date_precision <> 'year'");
  if (q.datePrecision !== undefined) {
    where.push('a.date_precision = ?');
    params.push(q.datePrecision);
  }
  if (q.visibleTo !== undefined) {
    where.push(q.visibleTo.authorId === '' ? 'a.department = ?' : '(a.department = ? OR a.author_id = ?)');
    params.push(q.visibleTo.department, ...(q.visibleTo.authorId === '' ? [] : [q.visibleTo.authorId]));
  }
  if (q.origin !== undefined) {
    where.push('a.origin = ?');
    params.push(q.origin);
  }
  if (q.reviewStatus !== undefined) {
    where.push('a.review_status = ?');
    params.push(q.reviewStatus);
  }
  if (q.tag !== undefined) {
    where.push('a.id IN (SELECT activity_id FROM activity_tags WHERE tag = ?)');
    params.push(q.tag);
  }
  if (q.metricName !== undefined) {
    where.push(`a.id IN (SELECT activity_id FROM activity_metrics WHERE name = ?${q.metricUnit === undefined ? '' : ' AND unit = ?'})`);
    params.push(q.metricName, ...(q.metricUnit === undefined ? [] : [q.metricUnit]));
  }
  for (const literal of search?.literals ?? []) {
    const c = literalCondition(literal);
    where.push(c.sql);
    params.push(...c.params);
  }
  if (q.leaderRole !== undefined) {
    where.push(q.leaderRole === 'any' ? "a.leader_role <> ''" : 'a.leader_role = ?');
    if (q.leaderRole !== 'any') params.push(q.leaderRole);
  }
  if (q.evidence !== undefined) {
    // 有佐证: start from the attachments (far fewer than entries); 缺佐证: check each entry of the
    // range by id, which the date index holds (migration 0009).
    where.push(q.evidence === 'without' ? 'NOT EXISTS (SELECT 1 FROM attachments x WHERE x.activity_id = a.id)' : 'a.id IN (SELECT activity_id FROM attachments)');
  }

  const spec: ListSpec = {
    dated: (t) => dateAndTrashConditions(q, t),
    where,
    params,
    order: ORDER[q.sort],
    relevance: q.sort === 'relevance',
    limit: q.limit,
    offset: q.offset,
  };
  const page = search?.match ? searchIds(db, search.match, spec) : listIds(db, spec);
  return { items: withMetrics(db, rowsInOrder(db, page.ids)), total: page.total };
}

function listIds(db: Database.Database, spec: ListSpec): IdPage {
  const dated = spec.dated('a');
  return idPage(db, 'activities a', [...dated.sql, ...spec.where], [...dated.params, ...spec.params], spec.order('a'), spec, 'a');
}

/** The page's rows in one query, in the page's order: tags and category are read for the rows shown, not for every row sorted. */
function rowsInOrder(db: Database.Database, ids: readonly string[]): ActivityRow[] {
  if (ids.length === 0) return [];
  const rows = db.prepare(`${SELECT} WHERE a.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as ActivityRow[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)).filter((r): r is ActivityRow => r !== undefined);
}
