import type Database from 'better-sqlite3';
import type { ActivityPeriod, DatePrecision, LeaderRole } from '../../shared/domain/activity';
import type { LastYearEvents, ReportEntry } from '../../shared/report/assembly/assembly-input';

// The year's entries as the annual report reads them. Every assembly reads the whole year (20,000
// entries is the benchmark's case), and better-sqlite3 spends most of such a read turning values into
// JavaScript: so only the columns assembly uses, rows as arrays, and each entry's tags and metrics
// folded into one JSON column in the same query, which JSON.parse reads faster than rows.

type Row = [
  id: string,
  date: string,
  endDate: string | null,
  datePrecision: DatePrecision,
  createdAt: string,
  categoryId: number,
  title: string,
  summary: string,
  location: string,
  participantCount: number | null,
  participantsDesc: string,
  leaderRole: LeaderRole,
  docTitle: string,
  docNumber: string,
  period: ActivityPeriod,
  tags: string,
  metrics: string,
];

/** Metrics as [name, value, unit, approximate], in the order the user gave them. */
type MetricTuple = [string, number, string, number];

const SQL = `
  SELECT a.id, a.date, a.end_date, a.date_precision, a.created_at, a.category_id, a.title, a.summary, a.location, a.participant_count, a.participants_desc, a.leader_role, a.doc_title, a.doc_number, a.period,
    (SELECT json_group_array(tag) FROM (SELECT tag FROM activity_tags t WHERE t.activity_id = a.id ORDER BY position)),
    (SELECT json_group_array(json_array(name, value, unit, approximate))
       FROM (SELECT name, value, unit, approximate FROM activity_metrics m WHERE m.activity_id = a.id ORDER BY position))
  FROM activities a
  WHERE a.deleted_at IS NULL AND a.date >= ? AND a.date < ? AND (? OR a.review_status = 'approved')
  ORDER BY a.date ASC, a.created_at ASC, a.id ASC`;

/**
 * Every live entry dated in the year, oldest first (the trash is not part of the report). Only
 * 已审核 ones unless `includeUnreviewed` (a draft report of everything logged so far): an entry
 * still in review is not yet the unit's word.
 */
export function listYearReportEntries(db: Database.Database, year: number, includeUnreviewed = false): ReportEntry[] {
  const rows = db.prepare(SQL).raw(true).all(`${year}-01-01`, `${year + 1}-01-01`, includeUnreviewed ? 1 : 0) as Row[];
  return rows.map(([id, date, endDate, datePrecision, createdAt, categoryId, title, summary, location, participantCount, participantsDesc, leaderRole, docTitle, docNumber, period, tags, metrics]) => ({
    id,
    date,
    endDate,
    datePrecision,
    createdAt,
    categoryId,
    title,
    summary,
    location,
    participantCount,
    participantsDesc,
    leaderRole,
    docTitle,
    docNumber,
    period,
    tags: JSON.parse(tags) as string[],
    metrics: (JSON.parse(metrics) as MetricTuple[]).map(([name, value, unit, approximate]) => ({ name, value, unit, approximate: approximate === 1 })),
  }));
}

const EVENT_GROUPS_SQL = `
  SELECT category_id, tags, COUNT(*) FROM (
    SELECT a.category_id, (SELECT json_group_array(tag) FROM (SELECT tag FROM activity_tags t WHERE t.activity_id = a.id ORDER BY tag)) AS tags
    FROM activities a
    WHERE a.deleted_at IS NULL AND a.period = '' AND a.date >= ? AND a.date < ? AND (? OR a.review_status = 'approved'))
  GROUP BY category_id, tags`;

/**
 * The year's live single events counted by category and tags: what a subsection's 同比 count needs
 * (last year as its report counted it), a few rows, not the year. 已审核 ones only unless
 * `includeUnreviewed`, by the same rule as the year's own entries (listYearReportEntries).
 */
export function countYearEvents(db: Database.Database, year: number, includeUnreviewed = false): LastYearEvents[] {
  const rows = db.prepare(EVENT_GROUPS_SQL).raw(true).all(`${year}-01-01`, `${year + 1}-01-01`, includeUnreviewed ? 1 : 0) as [number, string, number][];
  return rows.map(([categoryId, tags, count]) => ({ categoryId, tags: JSON.parse(tags) as string[], count }));
}
