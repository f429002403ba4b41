import type Database from 'better-sqlite3';
import type { DatePrecision } from '../../shared/domain/activity';
import type { EvidenceKind } from '../../shared/domain/attachment';
import type { EvidenceCandidate } from '../../shared/domain/evidence-rules';

/** An attachment as the store keeps it; whether a thumbnail exists is a fact about files, added later. */
export interface AttachmentRecord {
  id: string;
  activityId: string;
  kind: EvidenceKind;
  originalName: string;
  size: number;
  mime: string;
  sha256: string;
  addedAt: string;
}

interface AttachmentRow {
  id: string;
  activity_id: string;
  kind: string;
  original_name: string;
  size: number;
  mime: string;
  sha256: string;
  added_at: string;
}

const SELECT = `
  SELECT x.id, x.activity_id, x.kind, x.original_name, b.size, b.mime, x.sha256, x.added_at
  FROM attachments x JOIN blobs b ON b.sha256 = x.sha256`;

function toRecord(row: AttachmentRow): AttachmentRecord {
  return {
    id: row.id,
    activityId: row.activity_id,
    kind: row.kind as EvidenceKind,
    originalName: row.original_name,
    size: row.size,
    mime: row.mime,
    sha256: row.sha256,
    addedAt: row.added_at,
  };
}

export function getAttachment(db: Database.Database, id: string): AttachmentRecord | undefined {
  const row = db.prepare(`${SELECT} WHERE x.id = ?`).get(id) as AttachmentRow | undefined;
  return row && toRecord(row);
}

export function listAttachments(db: Database.Database, activityId: string): AttachmentRecord[] {
  const rows = db.prepare(`${SELECT} WHERE x.activity_id = ? ORDER BY x.position, x.added_at`).all(activityId) as AttachmentRow[];
  return rows.map(toRecord);
}

export function blobExists(db: Database.Database, sha256: string): boolean {
  return db.prepare('SELECT 1 FROM blobs WHERE sha256 = ?').get(sha256) !== undefined;
}

/** Links a file to an entry, recording the blob the first time its content is seen. One transaction. */
export function insertAttachment(db: Database.Database, record: AttachmentRecord): void {
  db.transaction(() => {
    db.prepare('INSERT OR IGNORE INTO blobs (sha256, size, mime, created_at) VALUES (?, ?, ?, ?)').run(
      record.sha256,
      record.size,
      record.mime,
      record.addedAt,
    );
    const { next } = db
      .prepare('SELECT coalesce(max(position), -1) + 1 AS next FROM attachments WHERE activity_id = ?')
      .get(record.activityId) as { next: number };
    db.prepare(
      'INSERT INTO attachments (id, activity_id, sha256, kind, original_name, added_at, position) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ).run(record.id, record.activityId, record.sha256, record.kind, record.originalName, record.addedAt, next);
  })();
}

export function setAttachmentKind(db: Database.Database, id: string, kind: EvidenceKind): void {
  db.prepare('UPDATE attachments SET kind = ? WHERE id = ?').run(kind, id);
}

/**
 * Unlinks an attachment, and forgets its blob when nothing else references it. One transaction.
 * Returns the blob's hash when its file should now be deleted (after commit, by the caller).
 */
export function deleteAttachment(db: Database.Database, id: string): { releasedSha256: string | null } {
  return db.transaction(() => {
    const row = db.prepare('SELECT sha256 FROM attachments WHERE id = ?').get(id) as { sha256: string } | undefined;
    if (!row) return { releasedSha256: null };
    db.prepare('DELETE FROM attachments WHERE id = ?').run(id);
    const released = db.prepare('DELETE FROM blobs WHERE sha256 = ? AND NOT EXISTS (SELECT 1 FROM attachments WHERE sha256 = ?)').run(row.sha256, row.sha256);
    return { releasedSha256: released.changes > 0 ? row.sha256 : null };
  })();
}

/**
 * The files the conflicts still waiting name (their incoming side's attachments). No attachment row
 * names them until 采用导入, which needs the file: whatever deletes files counts these as referenced.
 * Read in JS rather than with json_each: a hand-made row of another shape must not stop a clean-up.
 */
export function conflictFileHashes(db: Database.Database): Set<string> {
  const hashes = new Set<string>();
  for (const text of db.prepare('SELECT incoming FROM merge_conflicts').pluck().all() as string[]) {
    const attachments = (JSON.parse(text) as { attachments?: unknown } | null)?.attachments;
    if (!Array.isArray(attachments)) continue;
    for (const x of attachments as { sha256?: unknown }[]) if (typeof x?.sha256 === 'string') hashes.add(x.sha256);
  }
  return hashes;
}

/** Blobs no attachment and no waiting conflict references any more (e.g. after entries were purged): forgotten, and returned. */
export function deleteUnreferencedBlobs(db: Database.Database): string[] {
  return db.transaction(() => {
    const waiting = conflictFileHashes(db);
    const rows = (db.prepare('SELECT sha256 FROM blobs b WHERE NOT EXISTS (SELECT 1 FROM attachments x WHERE x.sha256 = b.sha256)').all() as { sha256: string }[]).filter(
      (r) => !waiting.has(r.sha256),
    );
    const del = db.prepare('DELETE FROM blobs WHERE sha256 = ?');
    for (const r of rows) del.run(r.sha256);
    return rows.map((r) => r.sha256);
  })();
}

export function allBlobHashes(db: Database.Database): Set<string> {
  return new Set((db.prepare('SELECT sha256 FROM blobs').all() as { sha256: string }[]).map((r) => r.sha256));
}

interface CandidateRow {
  id: string;
  date: string;
  end_date: string | null;
  date_precision: DatePrecision;
  title: string;
  category_key: string | null;
  category_name: string;
  tags: string;
  kinds: string;
}

/** The year's entries (not in the trash), with their tags and the kinds of evidence they have, by date. */
export function listEvidenceCandidates(db: Database.Database, year: number, categoryId?: number): EvidenceCandidate[] {
  const params: unknown[] = [`${year}-01-01`, `${year + 1}-01-01`];
  let byCategory = '';
  if (categoryId !== undefined) {
    byCategory = 'AND a.category_id = ?';
    params.push(categoryId);
  }
  const rows = db
    .prepare(
      `SELECT a.id, a.date, a.end_date, a.date_precision, a.title, c.key AS category_key, c.name AS category_name,
         (SELECT json_group_array(tag) FROM activity_tags t WHERE t.activity_id = a.id) AS tags,
         (SELECT json_group_array(DISTINCT kind) FROM attachments x WHERE x.activity_id = a.id) AS kinds
       FROM activities a JOIN categories c ON c.id = a.category_id
       WHERE a.deleted_at IS NULL AND a.date >= ? AND a.date < ? ${byCategory}
       ORDER BY a.date, a.created_at`,
    )
    .all(...params) as CandidateRow[];
  return rows.map((r) => ({
    activityId: r.id,
    date: r.date,
    datePrecision: r.date_precision,
    endDate: r.end_date,
    title: r.title,
    categoryKey: r.category_key,
    categoryName: r.category_name,
    tags: JSON.parse(r.tags) as string[],
    kinds: JSON.parse(r.kinds) as string[],
  }));
}
