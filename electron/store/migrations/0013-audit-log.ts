import type Database from 'better-sqlite3';
import type { Migration } from './migration';

// The audit log (审计日志) for host mode: who did what, from where, on what, and whether it worked.
// Append-only in the store itself, not only in the code that writes it, so neither a handler nor
// another SQLite tool on the host can rewrite history: every UPDATE is refused, and a DELETE of a
// row younger than 180 days (网络安全法第二十一条：留存不少于六个月) is refused. Older rows may go,
// which is how the retention setting prunes (electron/store/audit-store.ts). `at` must be a time
// SQLite can read, so the age check can never be dodged by a row whose date it cannot parse.
export const migrationAuditLog: Migration = {
  version: 13,
  name: '审计日志（只增不改，至少保存180天）',
  up(db: Database.Database) {
    db.exec(`
      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL CHECK (julianday(at) IS NOT NULL),
        user_id TEXT NOT NULL DEFAULT '',
        username TEXT NOT NULL,
        ip TEXT NOT NULL DEFAULT '',
        operation TEXT NOT NULL,
        object TEXT NOT NULL DEFAULT '',
        success INTEGER NOT NULL CHECK (success IN (0, 1)),
        detail TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX audit_log_by_time ON audit_log (at);

      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN
        SELECT RAISE(ABORT, '审计日志只能追加，不能修改');
      END;

      CREATE TRIGGER audit_log_kept_180_days BEFORE DELETE ON audit_log
      WHEN julianday(OLD.at) > julianday('now') - 180
      BEGIN
        SELECT RAISE(ABORT, '审计日志至少保存180天（网络安全法第二十一条：不少于六个月），不能删除180天以内的记录');
      END;
    `);
  },
};
