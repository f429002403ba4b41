import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';

// Tells whether the store changed since the last backup, cheaply and across processes (PRAGMA
// data_version and total_changes() only see other connections' or this connection's writes). Every
// change to an entry writes an append-only history row and bumps the entry's updated_at, so the big
// tables are summarised by their counts, the history's highest rowid and the newest updated_at; the small tables
// (unit, categories, settings, narratives, drafts, templates, attachments …) are hashed whole.

const SUMMARISED: Record<string, string> = {
  activities: 'SELECT count(*), max(updated_at) FROM activities',
  activity_history: 'SELECT count(*), max(rowid) FROM activity_history',
  // Their rows change only with their entry's updated_at.
  activity_tags: 'SELECT count(*) FROM activity_tags',
  activity_metrics: 'SELECT count(*) FROM activity_metrics',
};
// The audit log records calls, not data: a call that changed nothing (a refusal, a backup itself)
// must not count as a change, nor its growing rows be hashed on every backup.
const DERIVED = /^(activity_fts(_.*)?|activity_search_docs|audit_log|sqlite_.*)$/;

export function changeMarker(db: Database.Database): string {
  const hash = createHash('sha256');
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
  for (const table of tables) {
    if (DERIVED.test(table)) continue;
    hash.update(`\u0001${table}\u0002`);
    const summary = SUMMARISED[table];
    if (summary) {
      hash.update(JSON.stringify(db.prepare(summary).raw().get()));
      continue;
    }
    for (const row of db.prepare(`SELECT * FROM "${table}"`).raw().iterate()) hash.update(JSON.stringify(row, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('base64') : typeof v === 'bigint' ? String(v) : v)));
  }
  hash.update(`\u0003${String(db.pragma('user_version', { simple: true }))}`);
  return hash.digest('hex');
}
