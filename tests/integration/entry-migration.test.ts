import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../electron/store/migrate';
import { migration0001 } from '../../electron/store/migrations/0001-initial';
import { migration0002 } from '../../electron/store/migrations/0002-entry-details';
import { openDatabase } from '../../electron/store/open-database';
import { DEFAULT_METRICS } from '../../shared/domain/metric-defaults';
import { openTempApp, tempDir } from '../helpers/temp-app';

/** A data file as version 1 of the app left it, with two entries in it. */
function versionOneFile(): string {
  const dir = tempDir();
  const file = path.join(dir, 'fazhi.db');
  const db = new Database(file);
  db.pragma('foreign_keys = ON');
  migrate(db, file, [migration0001]);
  const insert = db.prepare(
    "INSERT INTO activities (id, date, category_id, title, summary, participant_count, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, '2023-05-01T00:00:00.000Z', '2023-05-01T00:00:00.000Z')",
  );
  insert.run('11111111-1111-4111-8111-111111111111', '2023-05-01', 11, '民法典宣传月', '开展民法典宣传', 20);
  insert.run('22222222-2222-4222-8222-222222222222', '2023-12-04', 11, '宪法日', '', null);
  db.prepare("INSERT INTO activity_tags (activity_id, tag, position) VALUES ('11111111-1111-4111-8111-111111111111', '民法典', 0)").run();
  db.close();
  return file;
}

describe('migration 0002 (台账完整字段、指标、修改记录)', () => {
  it('applies on top of version 1 and keeps the entries there, with empty new fields', () => {
    const file = versionOneFile();
    const db = new Database(file);
    db.pragma('foreign_keys = ON');
    expect(migrate(db, file, [migration0001, migration0002])).toEqual({ from: 1, to: 2 });
    expect(schemaVersion(db)).toBe(2);
    const rows = db.prepare('SELECT id, title, participant_count, participants_desc, leader_role, doc_title, doc_number, period FROM activities ORDER BY date').all();
    expect(rows).toEqual([
      { id: '11111111-1111-4111-8111-111111111111', title: '民法典宣传月', participant_count: 20, participants_desc: '', leader_role: '', doc_title: '', doc_number: '', period: '' },
      { id: '22222222-2222-4222-8222-222222222222', title: '宪法日', participant_count: null, participants_desc: '', leader_role: '', doc_title: '', doc_number: '', period: '' },
    ]);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name);
    expect(tables).toEqual(expect.arrayContaining(['activity_metrics', 'metric_definitions', 'activity_history']));
    const seeded = db.prepare('SELECT count(*) AS n FROM metric_definitions').get() as { n: number };
    expect(seeded.n).toBe(Object.values(DEFAULT_METRICS).reduce((n, list) => n + list.length, 0));
    db.close();
  });

  it('then opens in the app: old entries read back whole, and can take metrics', async () => {
    const dir = path.dirname(versionOneFile());
    const app = openTempApp(dir);
    const old = await app.registry.call('activities.get', { id: '11111111-1111-4111-8111-111111111111' });
    expect(old).toMatchObject({ title: '民法典宣传月', tags: ['民法典'], participantCount: 20, metrics: [], leaderRole: '', period: '' });
    const updated = await app.registry.call('activities.update', { id: old.id, metrics: [{ name: '发放资料', value: 300, unit: '份' }] });
    expect(updated.metrics).toHaveLength(1);
  });

  it('makes the new columns refuse values outside their lists', () => {
    const { db } = openDatabase(path.join(tempDir(), 'fazhi.db'));
    const insert = (role: string, period: string) =>
      db
        .prepare("INSERT INTO activities (id, date, category_id, title, leader_role, period, created_at, updated_at) VALUES (?, '2024-01-01', 1, 't', ?, ?, 'n', 'n')")
        .run(`${role}-${period}`, role, period);
    expect(() => insert('局长', '')).toThrow(/CHECK constraint failed/);
    expect(() => insert('', 'week')).toThrow(/CHECK constraint failed/);
    expect(() => insert('述法', 'quarter')).not.toThrow();
    expect(() => db.prepare("INSERT INTO activity_metrics (activity_id, position, name, value) VALUES ('述法-quarter', 0, 'x', 'many')").run()).toThrow(
      /cannot store TEXT value in REAL column/,
    );
    db.close();
  });
});
