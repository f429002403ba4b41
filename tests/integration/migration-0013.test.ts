import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../electron/store/migrate';
import { MIGRATIONS } from '../../electron/store/migrations';
import { tempDir } from '../helpers/temp-app';

// Migration 0013: the audit log, append-only in the store itself (网络安全法第二十一条: kept not less
// than six months), whatever program writes to the file.

const DAY_MS = 24 * 60 * 60 * 1000;

function daysAgo(days: number): string {
  return new Date(Date.now() - days * DAY_MS).toISOString();
}

function migrated(): Database.Database {
  const file = path.join(tempDir(), 'fazhi.db');
  const db = new Database(file);
  migrate(db, file, MIGRATIONS.slice(0, 12));
  migrate(db, file, MIGRATIONS.slice(0, 13));
  return db;
}

function insert(db: Database.Database, at: string, operation = 'activities.update'): number {
  return Number(
    db
      .prepare("INSERT INTO audit_log (at, user_id, username, ip, operation, object, success, detail) VALUES (?, 'u1', 'zhangsan', '192.168.1.20', ?, '编号=x', 1, '')")
      .run(at, operation).lastInsertRowid,
  );
}

describe('migration 0013 (审计日志)', () => {
  it('creates a STRICT audit_log that refuses a wrong type and a time it cannot read', () => {
    const db = migrated();
    expect(db.prepare("SELECT sql FROM sqlite_master WHERE name = 'audit_log'").pluck().get()).toMatch(/STRICT/);
    expect(() => db.prepare("INSERT INTO audit_log (at, username, operation, success) VALUES (?, '本机', 'x', 'yes')").run(daysAgo(0))).toThrow(/cannot store TEXT value in INTEGER column/);
    expect(() => db.prepare("INSERT INTO audit_log (at, username, operation, success) VALUES ('昨天', '本机', 'x', 1)").run()).toThrow(/CHECK/);
    db.close();
  });

  it('refuses every update, old row or new', () => {
    const db = migrated();
    const fresh = insert(db, daysAgo(1));
    const old = insert(db, daysAgo(400));
    for (const id of [fresh, old]) {
      expect(() => db.prepare("UPDATE audit_log SET success = 0, detail = '改过' WHERE id = ?").run(id)).toThrow('审计日志只能追加，不能修改');
    }
    expect(db.prepare('SELECT count(*) FROM audit_log WHERE success = 1').pluck().get()).toBe(2);
    db.close();
  });

  it('refuses to delete a row younger than 180 days, and lets an older one go', () => {
    const db = migrated();
    const fresh = insert(db, daysAgo(179));
    const old = insert(db, daysAgo(181));
    expect(() => db.prepare('DELETE FROM audit_log WHERE id = ?').run(fresh)).toThrow(/至少保存180天.*网络安全法/);
    // A delete of everything is refused as a whole: the old row stays too.
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/至少保存180天/);
    expect(db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(2);
    expect(db.prepare('DELETE FROM audit_log WHERE id = ?').run(old).changes).toBe(1);
    expect(db.prepare('SELECT id FROM audit_log').pluck().all()).toEqual([fresh]);
    db.close();
  });
});
