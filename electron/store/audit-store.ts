import Database from 'better-sqlite3';
import type { AuditFilters, AuditPage, AuditRecord, AuditRow } from '../../shared/domain/audit';
import { AUDIT_LIMITS, auditRetentionDays } from '../../shared/domain/audit';
import { cachedStatement } from './statement-cache';
import { readSetting, writeSetting } from './settings-store';

// The audit log (migration 0013): rows are only ever added; the store's triggers refuse an update
// and the delete of a row younger than 180 days. Times are stored as UTC ISO strings; the filters'
// dates are the host's local calendar days, turned into UTC bounds here so the index on `at` serves.

const RETENTION_KEY = 'audit.retentionDays';
const DAY_MS = 24 * 60 * 60 * 1000;

function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function recordAudit(db: Database.Database, row: AuditRecord): void {
  cachedStatement(
    db,
    `INSERT INTO audit_log (at, user_id, username, ip, operation, object, success, detail)
     VALUES (@at, @userId, @username, @ip, @operation, @object, @success, @detail)`,
  ).run({
    ...row,
    operation: cut(row.operation, 80),
    ip: cut(row.ip, 64),
    object: cut(row.object, AUDIT_LIMITS.object),
    detail: cut(row.detail, AUDIT_LIMITS.detail),
    success: row.success ? 1 : 0,
  });
}

/** The start of a local calendar day as UTC ISO, for comparing with `at`. */
function localDayStart(date: string, plusDays = 0): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d + plusDays).toISOString();
}

function whereOf(filters: AuditFilters): { sql: string; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filters.from) {
    where.push('at >= ?');
    params.push(localDayStart(filters.from));
  }
  if (filters.to) {
    where.push('at < ?');
    params.push(localDayStart(filters.to, 1));
  }
  if (filters.username !== undefined) {
    where.push('username = ? COLLATE NOCASE');
    params.push(filters.username);
  }
  if (filters.operation !== undefined) {
    where.push('operation = ?');
    params.push(filters.operation);
  }
  if (filters.success !== undefined) {
    where.push('success = ?');
    params.push(filters.success ? 1 : 0);
  }
  return { sql: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}

interface StoredRow {
  id: number;
  at: string;
  user_id: string;
  username: string;
  ip: string;
  operation: string;
  object: string;
  success: number;
  detail: string;
}

function toRow(r: StoredRow): AuditRow {
  return { id: r.id, at: r.at, userId: r.user_id, username: r.username, ip: r.ip, operation: r.operation, object: r.object, success: r.success === 1, detail: r.detail };
}

export interface AuditPaging {
  limit?: number | undefined;
  offset?: number | undefined;
}

/** Newest first. */
export function listAudit(db: Database.Database, filters: AuditFilters, paging: AuditPaging = {}): AuditPage {
  const { sql, params } = whereOf(filters);
  const total = db.prepare(`SELECT count(*) FROM audit_log ${sql}`).pluck().get(...params) as number;
  const rows = db
    .prepare(`SELECT * FROM audit_log ${sql} ORDER BY id DESC LIMIT ? OFFSET ?`)
    .all(...params, paging.limit ?? 100, paging.offset ?? 0) as StoredRow[];
  return { items: rows.map(toRow), total };
}

/** How many rows the filters select (an export checks this before it reads them). */
export function countAudit(db: Database.Database, filters: AuditFilters): number {
  const { sql, params } = whereOf(filters);
  return db.prepare(`SELECT count(*) FROM audit_log ${sql}`).pluck().get(...params) as number;
}

export function readAuditRetentionDays(db: Database.Database): number {
  return readSetting(db, RETENTION_KEY, auditRetentionDays, AUDIT_LIMITS.defaultRetentionDays);
}

/** Takes a value already checked by `auditRetentionDays` (at least 180). */
export function writeAuditRetentionDays(db: Database.Database, days: number, now: string): void {
  writeSetting(db, RETENTION_KEY, auditRetentionDays.parse(days), now);
}

/**
 * Removes the rows older than the retention setting (default 365 days, never under 180). Rows the
 * store's own clock still counts as within 180 days are left even when `now` says otherwise, so a
 * clock set forward cannot make the delete trip the store's guard. Answers how many rows went.
 */
export function pruneAudit(db: Database.Database, now: string): number {
  const days = readAuditRetentionDays(db);
  const cutoff = new Date(Date.parse(now) - days * DAY_MS).toISOString();
  return db
    .prepare(`DELETE FROM audit_log WHERE at < ? AND julianday(at) <= julianday('now') - ${AUDIT_LIMITS.minRetentionDays}`)
    .run(cutoff).changes;
}

/**
 * Empties the audit log of a store file about to leave the host (a data package's snapshot): the log
 * names the unit's staff and their addresses, and belongs to this host alone. Only ever on such a
 * copy: its guards are lifted for the delete and put back as they were, so the copy's schema stays
 * the store's.
 */
export function removeAuditLog(file: string): void {
  const db = new Database(file);
  try {
    const rows = db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'").pluck().get() as number;
    if (!rows || !db.prepare('SELECT 1 FROM audit_log LIMIT 1').get()) return;
    const guards = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'").all() as { name: string; sql: string }[];
    db.pragma('secure_delete = ON');
    db.transaction(() => {
      for (const g of guards) db.exec(`DROP TRIGGER "${g.name}"`);
      db.exec('DELETE FROM audit_log');
      for (const g of guards) db.exec(g.sql);
    })();
    db.exec('VACUUM');
  } finally {
    db.close();
  }
}
