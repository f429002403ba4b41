import type Database from 'better-sqlite3';
import type { Migration } from './migration';

// Accounts for host mode (局域网多人使用): colleagues sign in from their own desks.
// - `users`: the username is unique whatever its letter case (zhangsan and ZhangSan are one person
//   to the office). The role list is fixed here as in shared/auth/roles.ts; a role added later needs
//   a migration, as a CHECK cannot be altered. Accounts are disabled, never deleted: the audit log
//   and the entries they wrote keep naming them.
// - `password_history`: the hashes of the passwords last set (the current one included), so an old
//   one cannot come back; the store keeps only as many as the policy asks.
// - `sessions`: the id is the SHA-256 of the token the browser holds; the token itself is never
//   stored, so a copy of the file (a backup) signs nobody in. A session is ended, not deleted, so
//   "who was connected" and why they were signed out stay answerable.
export const migrationAccounts: Migration = {
  version: 12,
  name: '局域网多人使用：用户、密码历史与会话',
  up(db: Database.Database) {
    db.exec(`
      CREATE TABLE users (
        id TEXT PRIMARY KEY,
        username TEXT NOT NULL UNIQUE COLLATE NOCASE,
        display_name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('entry', 'reviewer', 'admin', 'auditor')),
        department TEXT NOT NULL DEFAULT '',
        password_hash TEXT NOT NULL,
        password_changed_at TEXT NOT NULL,
        must_change_password INTEGER NOT NULL DEFAULT 1 CHECK (must_change_password IN (0, 1)),
        failed_logins INTEGER NOT NULL DEFAULT 0 CHECK (failed_logins >= 0),
        locked_until TEXT,
        disabled_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE password_history (
        user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        password_hash TEXT NOT NULL,
        changed_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX password_history_by_user ON password_history (user_id, changed_at);

      CREATE TABLE sessions (
        id TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        last_seen_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        ip TEXT NOT NULL DEFAULT '',
        user_agent TEXT NOT NULL DEFAULT '',
        ended_at TEXT,
        end_reason TEXT CHECK (end_reason IN ('logout', 'idle', 'expired', 'forced', 'password_changed', 'user_disabled', 'user_locked')),
        CHECK ((ended_at IS NULL) = (end_reason IS NULL))
      ) STRICT;
      CREATE INDEX sessions_open_by_user ON sessions (user_id) WHERE ended_at IS NULL;
    `);
  },
};
