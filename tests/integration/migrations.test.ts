import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES } from '../../shared/domain/default-categories';
import { AppError } from '../../shared/errors';
import { checkMigrationList, migrate, schemaVersion } from '../../electron/store/migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../electron/store/migrations';
import { migration0001 } from '../../electron/store/migrations/0001-initial';
import { openDatabase } from '../../electron/store/open-database';
import { tempDir } from '../helpers/temp-app';

function expectAppError(fn: () => unknown, code: string): AppError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe(code);
    return err as AppError;
  }
  throw new Error('expected an AppError');
}

describe('migration 0001 (单位信息、类别、活动)', () => {
  it('creates the tables, seeds the 13 default categories with aliases, and brings user_version to the latest', () => {
    const file = path.join(tempDir(), 'fazhi.db');
    const { db, schemaVersion: v, migratedFrom } = openDatabase(file);
    expect(migratedFrom).toBe(0);
    expect(v).toBe(LATEST_SCHEMA_VERSION);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
    expect(tables).toEqual(expect.arrayContaining(['unit_profile', 'categories', 'activities', 'activity_tags']));
    const cats = db.prepare('SELECT name, aliases FROM categories ORDER BY sort_order').all() as { name: string; aliases: string }[];
    expect(cats.map((c) => c.name)).toEqual(DEFAULT_CATEGORIES.map((c) => c.name));
    expect(cats).toHaveLength(13);
    expect(JSON.parse(cats.find((c) => c.name === '普法宣传教育')!.aliases)).toContain('普法');
    expect(db.prepare('SELECT count(*) AS n FROM unit_profile').get()).toEqual({ n: 1 });
    db.close();
  });

  it('uses STRICT tables: a wrong type is refused, not stored', () => {
    const { db } = openDatabase(path.join(tempDir(), 'fazhi.db'));
    expect(() =>
      db.prepare("INSERT INTO activities (id, date, category_id, title, participant_count, created_at, updated_at) VALUES ('x', '2024-01-01', 1, 't', 'many', 'n', 'n')").run(),
    ).toThrow(/cannot store TEXT value in INTEGER column/);
    db.close();
  });

  it('turns on WAL, foreign keys and synchronous=FULL', () => {
    const { db } = openDatabase(path.join(tempDir(), 'fazhi.db'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    db.close();
  });

  it('is applied once: reopening changes nothing', () => {
    const file = path.join(tempDir(), 'fazhi.db');
    openDatabase(file).db.close();
    const again = openDatabase(file);
    expect(again.migratedFrom).toBe(LATEST_SCHEMA_VERSION);
    expect(again.db.prepare('SELECT count(*) AS n FROM categories').get()).toEqual({ n: 13 });
    again.db.close();
  });
});

describe('the migration runner', () => {
  it('runs all pending migrations in one transaction: a failing one leaves the file as it was', () => {
    const file = path.join(tempDir(), 'fazhi.db');
    const db = new Database(file);
    const failing = { version: 2, name: '会失败的迁移', up: () => { throw new Error('boom'); } };
    expect(() => migrate(db, file, [migration0001, failing])).toThrow('boom');
    expect(schemaVersion(db)).toBe(0);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'activities'").get()).toEqual({ n: 0 });
    db.close();
  });

  it('refuses a list with a gap or a wrong number', () => {
    expect(() => checkMigrationList([{ ...migration0001, version: 2 }])).toThrow(/不连续/);
    expect(() => checkMigrationList(MIGRATIONS)).not.toThrow();
    expect(LATEST_SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });
});

describe('files the app must not touch', () => {
  it('refuses a database written by a newer app version and leaves it byte for byte', () => {
    const file = path.join(tempDir(), 'fazhi.db');
    const db = new Database(file);
    db.exec('CREATE TABLE future (x)');
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    db.close();
    const before = fs.readFileSync(file);
    const err = expectAppError(() => openDatabase(file), 'database_too_new');
    expect(err.message).toContain('更新版本');
    expect(err.message).toContain(file);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  it('refuses a file that is not SQLite and leaves it byte for byte', () => {
    const file = path.join(tempDir(), 'fazhi.db');
    fs.writeFileSync(file, '这不是数据库，而是一份文本。'.repeat(50));
    const before = fs.readFileSync(file);
    const err = expectAppError(() => openDatabase(file), 'not_a_database');
    expect(err.message).toContain('不是法治台账的数据文件');
    expect(err.message).toContain(file);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a file that starts like SQLite but is damaged, without writing to it', () => {
    const file = path.join(tempDir(), 'fazhi.db');
    const junk = Buffer.alloc(4096, 0xab);
    Buffer.from('SQLite format 3\u0000', 'latin1').copy(junk);
    fs.writeFileSync(file, junk);
    expectAppError(() => openDatabase(file), 'database_damaged');
    expect(fs.readFileSync(file).equals(junk)).toBe(true);
  });
});
