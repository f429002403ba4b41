import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import type { DatePrecision } from '../../shared/domain/activity';
import type { EntryMetric } from '../../shared/domain/metric';
import type { ReviewStatus } from '../../shared/domain/review';
import { REVIEW_STATUSES } from '../../shared/domain/review';

// An entry as a merge sees it, read the same way from the package's database and from ours, so that
// "the same content" means the same hash on both sides. Category ids differ between databases: an
// entry names its category by key (or by name for a unit's own category).

/** The columns that are the entry's content (timestamps and origin are not). */
export const CONTENT_COLUMNS = [
  'date',
  'end_date',
  'title',
  'summary',
  'details',
  'department',
  'participant_count',
  'location',
  'participants_desc',
  'leader_role',
  'doc_title',
  'doc_number',
  'period',
  'date_precision',
] as const;
export type ContentColumn = (typeof CONTENT_COLUMNS)[number];

/**
 * date_precision came after merge bases were first recorded: a stored base hash was made without it.
 * So it is hashed only when it says something ('month', 'year'): an entry known to the day hashes as
 * before, and a change of precision is a change of content.
 */
const HASHED_COLUMNS = CONTENT_COLUMNS.filter((c) => c !== 'date_precision');

/** The precision of an entry as read; a conflict recorded before the column existed holds none. */
export function precisionOf(e: MergeEntry): DatePrecision {
  const value = e.content.date_precision as unknown;
  return value === 'month' || value === 'year' ? value : 'day';
}

/**
 * The review state an entry has in its database (migration 14). A package of an older schema, or a
 * conflict recorded before, has none: its entries were that unit's accepted log, so 已审核.
 */
export interface MergeReview {
  status: ReviewStatus;
  /** 录入人 by name only: account ids mean nothing outside the host that made them. */
  authorName: string;
}

export function reviewOf(e: MergeEntry): MergeReview {
  return e.review ?? { status: 'approved', authorName: '' };
}

function readReview(row: Record<string, unknown>): MergeReview {
  const status = (REVIEW_STATUSES as readonly unknown[]).includes(row.review_status) ? (row.review_status as ReviewStatus) : 'approved';
  return { status, authorName: typeof row.author_name === 'string' ? row.author_name : '' };
}

export interface MergeCategory {
  key: string | null;
  name: string;
  aliases: string;
  outlinePart: string;
}

export interface MergeAttachment {
  id: string;
  sha256: string;
  kind: string;
  originalName: string;
  addedAt: string;
  position: number;
  size: number;
  mime: string;
}

export interface MergeEntry {
  id: string;
  /** The unit it came from, by name ('' for the database's own unit). */
  origin: string;
  /** Who sent it to that database (its origin id, 'name:…' for one known by name, '' for its own). */
  originId: string;
  category: MergeCategory;
  content: Record<ContentColumn, string | number | null>;
  tags: string[];
  metrics: EntryMetric[];
  attachments: MergeAttachment[];
  /** Absent in a conflict recorded before review existed (reviewOf). */
  review?: MergeReview;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

interface EntryRow {
  id: string;
  origin: string;
  origin_id: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  c_key: string | null;
  c_name: string;
  c_aliases: string;
  c_outline: string;
  [column: string]: unknown;
}

function group<T>(rows: readonly (T & { activity_id: string })[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const list = out.get(r.activity_id) ?? [];
    list.push(r);
    out.set(r.activity_id, list);
  }
  return out;
}

/** Every entry of a database (trash included), or only the ids given. */
export function readMergeEntries(db: Database.Database, ids?: readonly string[]): MergeEntry[] {
  const only = ids ? 'WHERE a.id IN (SELECT value FROM json_each(?))' : '';
  const only2 = ids ? 'WHERE activity_id IN (SELECT value FROM json_each(?))' : '';
  const args = ids ? [JSON.stringify(ids)] : [];
  const rows = db
    .prepare(
      `SELECT a.*, c.key AS c_key, c.name AS c_name, c.aliases AS c_aliases, c.outline_part AS c_outline
       FROM activities a JOIN categories c ON c.id = a.category_id ${only} ORDER BY a.date, a.created_at, a.id`,
    )
    .all(...args) as EntryRow[];
  const tags = group(db.prepare(`SELECT activity_id, tag FROM activity_tags ${only2} ORDER BY activity_id, position`).all(...args) as { activity_id: string; tag: string }[]);
  const metrics = group(
    db.prepare(`SELECT activity_id, name, value, unit, approximate FROM activity_metrics ${only2} ORDER BY activity_id, position`).all(...args) as {
      activity_id: string;
      name: string;
      value: number;
      unit: string;
      approximate: number;
    }[],
  );
  const attachments = group(
    db
      .prepare(
        `SELECT x.activity_id, x.id, x.sha256, x.kind, x.original_name, x.added_at, x.position, b.size, b.mime
         FROM attachments x JOIN blobs b ON b.sha256 = x.sha256 ${only2.replace('activity_id', 'x.activity_id')} ORDER BY x.activity_id, x.position, x.id`,
      )
      .all(...args) as { activity_id: string; id: string; sha256: string; kind: string; original_name: string; added_at: string; position: number; size: number; mime: string }[],
  );
  return rows.map((r) => ({
    id: r.id,
    origin: r.origin,
    originId: r.origin_id,
    category: { key: r.c_key, name: r.c_name, aliases: r.c_aliases, outlinePart: r.c_outline },
    content: Object.fromEntries(CONTENT_COLUMNS.map((c) => [c, r[c] as string | number | null])) as MergeEntry['content'],
    tags: (tags.get(r.id) ?? []).map((t) => t.tag),
    metrics: (metrics.get(r.id) ?? []).map((m) => ({ name: m.name, value: m.value, unit: m.unit, approximate: m.approximate === 1 })),
    attachments: (attachments.get(r.id) ?? []).map((x) => ({
      id: x.id,
      sha256: x.sha256,
      kind: x.kind,
      originalName: x.original_name,
      addedAt: x.added_at,
      position: x.position,
      size: x.size,
      mime: x.mime,
    })),
    review: readReview(r),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    deletedAt: r.deleted_at,
  }));
}

/**
 * The entry's content as one hash: fields, category (by key, else name), tags, metrics, attached
 * files (content, kind, name) and whether it is in the trash. Timestamps are left out, so saving an
 * entry without changing it changes nothing here. The review state is hashed only when it is not
 * 已审核 (as date_precision only when not 'day'): every hash made before review existed stays as it
 * was, and an entry the sender approves later comes through as a change.
 */
export function contentHash(e: MergeEntry): string {
  const precision = precisionOf(e);
  const review = reviewOf(e).status;
  const content = [
    HASHED_COLUMNS.map((c) => e.content[c]),
    e.category.key ?? `name:${e.category.name}`,
    e.tags,
    e.metrics.map((m) => [m.name, m.value, m.unit, m.approximate]),
    e.attachments.map((x) => [x.sha256, x.kind, x.originalName]),
    e.deletedAt !== null,
    ...(precision === 'day' ? [] : [precision]),
    ...(review === 'approved' ? [] : [`review:${review}`]),
  ];
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}
