import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../electron/store/migrate';
import { MIGRATIONS } from '../../electron/store/migrations';
import { tempDir } from '../helpers/temp-app';

// Migration 0012: accounts, password history and sessions for host mode; existing data untouched.

const NOW = '2025-03-01T08:00:00.000Z';

function addUser(db: Database.Database, id: string, username: string, role = 'admin'): void {
  db.prepare(
    `INSERT INTO users (id, username, display_name, role, password_hash, password_changed_at, created_at, updated_at)
     VALUES (?, ?, '张三', ?, 'scrypt$x', ?, ?, ?)`,
  ).run(id, username, role, NOW, NOW, NOW);
}

describe('migration 0012 (局域网多人使用：用户、密码历史与会话)', () => {
  it('adds the account tables to a store with entries, leaving the entries as they were', () => {
    const file = path.join(tempDir(), 'fazhi.db');
    const db = new Database(file);
    migrate(db, file, MIGRATIONS.slice(0, 11));
    db.prepare("INSERT INTO activities (id, date, category_id, title, created_at, updated_at) VALUES ('old', '2024-03-01', 1, '局党组集体学法', 'n', 'n')").run();
    migrate(db, file, MIGRATIONS.slice(0, 12));
    expect(db.pragma('user_version', { simple: true })).toBe(12);
    expect(db.prepare("SELECT title FROM activities WHERE id = 'old'").pluck().get()).toBe('局党组集体学法');
    for (const table of ['users', 'password_history', 'sessions']) {
      expect(db.prepare('SELECT count(*) FROM sqlite_master WHERE name = ? AND sql LIKE ?').pluck().get(table, '%STRICT%')).toBe(1);
    }

    addUser(db, 'u1', 'ZhangSan');
    const defaults = db.prepare("SELECT department, must_change_password AS m, failed_logins AS f, locked_until AS l, disabled_at AS d FROM users WHERE id = 'u1'").get();
    expect(defaults).toEqual({ department: '', m: 1, f: 0, l: null, d: null });
    // One person whatever the letter case.
    expect(() => addUser(db, 'u2', 'zhangsan')).toThrow(/UNIQUE/);
    expect(() => addUser(db, 'u3', 'lisi', 'superuser')).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE users SET failed_logins = 'many' WHERE id = 'u1'").run()).toThrow(/cannot store TEXT/);

    const session = (id: string, reason: string | null, ended: string | null) =>
      db.prepare("INSERT INTO sessions (id, user_id, created_at, last_seen_at, expires_at, ended_at, end_reason) VALUES (?, 'u1', ?, ?, ?, ?, ?)").run(id, NOW, NOW, NOW, ended, reason);
    session('s1', null, null);
    session('s2', 'logout', NOW);
    expect(() => session('s3', 'bored', NOW)).toThrow(/CHECK/);
    expect(() => session('s4', null, NOW)).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO sessions (id, user_id, created_at, last_seen_at, expires_at) VALUES ('s5', 'nobody', 'n', 'n', 'n')").run()).toThrow(/FOREIGN KEY/);
    db.prepare("INSERT INTO password_history (user_id, password_hash, changed_at) VALUES ('u1', 'scrypt$x', ?)").run(NOW);
    expect(() => db.prepare("INSERT INTO password_history (user_id, password_hash, changed_at) VALUES ('nobody', 'h', 'n')").run()).toThrow(/FOREIGN KEY/);
    db.close();
  });
});
