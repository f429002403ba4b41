import type Database from 'better-sqlite3';
import { activityChanges } from '../../shared/domain/history';
import { getActivity } from '../store/activity-store';
import { recordHistory } from '../store/history-store';
import { writeMetrics } from '../store/metric-store';
import { incomingAttachment } from './incoming-attachment';
import type { MergeCategory, MergeEntry } from './merge-entry';
import { CONTENT_COLUMNS, precisionOf, reviewOf } from './merge-entry';
import type { MergePlan, PlannedEntry } from './plan-merge';

// Carries out a merge plan. The caller runs it inside one transaction, so a merge is all or nothing.

const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** A merge runs the same few statements thousands of times: each is compiled once per connection. */
function sql(db: Database.Database, text: string): Database.Statement {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let stmt = cache.get(text);
  if (!stmt) cache.set(text, (stmt = db.prepare(text)));
  return stmt;
}

/** The local category for an incoming one: same key, else same name, else a new one (created here). */
export function localCategoryId(db: Database.Database, c: MergeCategory): number {
  const byKey = c.key === null ? undefined : (sql(db, 'SELECT id FROM categories WHERE key = ?').pluck().get(c.key) as number | undefined);
  if (byKey !== undefined) return byKey;
  const byName = sql(db, 'SELECT id FROM categories WHERE name = ?').pluck().get(c.name) as number | undefined;
  if (byName !== undefined) return byName;
  const order = (sql(db, 'SELECT coalesce(max(sort_order), 0) + 10 FROM categories').pluck().get() as number) ?? 10;
  const result = db
    .prepare('INSERT INTO categories (key, name, aliases, outline_part, sort_order) VALUES (?, ?, ?, ?, ?)')
    .run(c.key, c.name, c.aliases, c.outlinePart, order);
  return Number(result.lastInsertRowid);
}

/** Where an entry is from here: its 来源 and the origin id of the unit that may update it ('' for our own). */
export interface EntryOwner {
  origin: string;
  originId: string;
}

/** Writes an incoming entry's content over ours (or as a new entry), with its tags, metrics and attachments. */
export function writeIncoming(db: Database.Database, entry: MergeEntry, owner: EntryOwner, now: string, note: string): 'added' | 'updated' {
  const categoryId = localCategoryId(db, entry.category);
  const before = getActivity(db, entry.id);
  const values = CONTENT_COLUMNS.map((c) => (c === 'date_precision' ? precisionOf(entry) : entry.content[c]));
  // The sender's review state comes with the entry (一个未审核的 stays out of the report here too).
  const review = reviewOf(entry);
  if (before) {
    sql(
      db,
      `UPDATE activities SET ${CONTENT_COLUMNS.map((c) => `${c} = ?`).join(', ')}, category_id = ?, deleted_at = ?, origin = ?, origin_id = ?, review_status = ?, author_name = ?, updated_at = ? WHERE id = ?`,
    ).run(...values, categoryId, entry.deletedAt, owner.origin, owner.originId, review.status, review.authorName, now, entry.id);
  } else {
    sql(
      db,
      `INSERT INTO activities (id, ${CONTENT_COLUMNS.join(', ')}, category_id, origin, origin_id, review_status, author_name, created_at, updated_at, deleted_at)
       VALUES (?, ${CONTENT_COLUMNS.map(() => '?').join(', ')}, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(entry.id, ...values, categoryId, owner.origin, owner.originId, review.status, review.authorName, entry.createdAt, entry.updatedAt, entry.deletedAt);
  }
  sql(db, 'DELETE FROM activity_tags WHERE activity_id = ?').run(entry.id);
  const tag = sql(db, 'INSERT INTO activity_tags (activity_id, tag, position) VALUES (?, ?, ?)');
  entry.tags.forEach((t, i) => tag.run(entry.id, t, i));
  writeMetrics(db, entry.id, entry.metrics);
  sql(db, 'DELETE FROM attachments WHERE activity_id = ?').run(entry.id);
  const blob = sql(db, 'INSERT OR IGNORE INTO blobs (sha256, size, mime, created_at) VALUES (?, ?, ?, ?)');
  const link = sql(db, 'INSERT OR REPLACE INTO attachments (id, activity_id, sha256, kind, original_name, added_at, position) VALUES (?, ?, ?, ?, ?, ?, ?)');
  for (const x of entry.attachments) {
    const { originalName, mime } = incomingAttachment(x);
    blob.run(x.sha256, x.size, mime, now);
    link.run(x.id, entry.id, x.sha256, x.kind, originalName, x.addedAt, x.position);
  }
  const after = getActivity(db, entry.id);
  recordHistory(db, {
    activityId: entry.id,
    action: 'merge',
    at: now,
    title: after?.title ?? '',
    changes: before && after ? activityChanges(before, after) : {},
    note,
  });
  return before ? 'updated' : 'added';
}

/** Records the content as this sender last sent it; this sender's conflict waiting on the entry is settled by it. */
export function setBase(db: Database.Database, p: PlannedEntry, now: string): void {
  sql(db, 'DELETE FROM merge_conflicts WHERE activity_id = ? AND sender_id = ?').run(p.entry.id, p.senderId);
  sql(
    db,
    `INSERT INTO merge_base (activity_id, sender_id, origin, base_hash, merged_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (activity_id, sender_id) DO UPDATE SET origin = excluded.origin, base_hash = excluded.base_hash, merged_at = excluded.merged_at`,
  ).run(p.entry.id, p.senderId, p.origin, p.hash, now);
}

function fromWhere(origin: string): string {
  return origin ? `“${origin}”` : '本单位';
}

/** Writes the plan; call inside one transaction. */
export function applyMerge(db: Database.Database, plan: MergePlan, now: string): void {
  for (const c of plan.newCategories) localCategoryId(db, c);
  for (const p of plan.add) {
    writeIncoming(db, p.entry, { origin: p.origin, originId: p.senderId }, now, `从${fromWhere(p.origin)}的数据包汇总新增`);
    setBase(db, p, now);
  }
  for (const p of plan.update) {
    // The sender may update it (planMerge checked); an entry known only by name is bound to its id from now on.
    writeIncoming(db, p.entry, { origin: p.origin, originId: p.senderId }, now, `按${fromWhere(p.origin)}的数据包更新`);
    setBase(db, p, now);
  }
  for (const p of plan.rebase) setBase(db, p, now);
  const conflict = sql(
    db,
    `INSERT INTO merge_conflicts (activity_id, sender_id, origin, incoming, incoming_hash, detected_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (activity_id, sender_id) DO UPDATE SET origin = excluded.origin, incoming = excluded.incoming,
       detected_at = CASE WHEN incoming_hash = excluded.incoming_hash THEN detected_at ELSE excluded.detected_at END,
       incoming_hash = excluded.incoming_hash`,
  );
  for (const p of plan.conflict) conflict.run(p.entry.id, p.senderId, p.origin, JSON.stringify(p.entry), p.hash, now);
}
