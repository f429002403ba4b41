import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { contentHash, readMergeEntries } from '../../electron/package/merge-entry';
import { packageSender } from '../../electron/package/package-sender';
import { planMerge } from '../../electron/package/plan-merge';
import { migrate } from '../../electron/store/migrate';
import { MIGRATIONS } from '../../electron/store/migrations';
import { openDatabase } from '../../electron/store/open-database';
import type { PackageManifest } from '../../shared/domain/data-package';
import { tempDir } from '../helpers/temp-app';

// Migration 0010: entries keep the identity of the unit that sent them (origin_id), and merge bases
// and conflicts are kept per sender. Entries merged before it are known by their origin's name.

const manifest = (originId: string): PackageManifest => ({
  format: 'fazhi-ledger-package',
  formatVersion: 1,
  appVersion: 'x',
  schemaVersion: 10,
  unitName: '',
  exportedAt: 'x',
  counts: {},
  files: [],
  missingFiles: [],
  originId,
});

describe('migration 0010 (汇总：按单位标识区分来源)', () => {
  it('gives entries merged before it their origin’s name as identity, keeps bases and conflicts per sender, and those units are still recognised', () => {
    const file = path.join(tempDir(), 'fazhi.db');
    const old = new Database(file);
    migrate(old, file, MIGRATIONS.slice(0, 9));
    const insert = old.prepare("INSERT INTO activities (id, date, category_id, title, origin, created_at, updated_at) VALUES (?, '2024-03-01', 1, ?, ?, 'n', 'n')");
    insert.run('own', '局党组集体学法', '');
    insert.run('street', '街道普法讲座', '某街道办事处');
    old.prepare("INSERT INTO merge_base (activity_id, origin, base_hash, merged_at) VALUES ('street', '某街道办事处', 'h-old', 'n')").run();
    old.prepare("INSERT INTO merge_conflicts (activity_id, origin, incoming, incoming_hash, detected_at) VALUES ('street', '某街道办事处', '{}', 'h-in', 'n')").run();
    old.close();

    const { db, migratedFrom } = openDatabase(file);
    expect(migratedFrom).toBe(9);
    expect(db.prepare('SELECT id, origin, origin_id FROM activities ORDER BY id').all()).toEqual([
      { id: 'own', origin: '', origin_id: '' },
      { id: 'street', origin: '某街道办事处', origin_id: 'name:某街道办事处' },
    ]);
    expect(db.prepare('SELECT activity_id, sender_id, origin, base_hash FROM merge_base').all()).toEqual([
      { activity_id: 'street', sender_id: 'name:某街道办事处', origin: '某街道办事处', base_hash: 'h-old' },
    ]);
    expect(db.prepare('SELECT id, activity_id, sender_id, incoming_hash FROM merge_conflicts').all()).toEqual([
      { id: 1, activity_id: 'street', sender_id: 'name:某街道办事处', incoming_hash: 'h-in' },
    ]);
    // One base and one waiting conflict per entry and sender.
    db.prepare("INSERT INTO merge_base (activity_id, sender_id, origin, base_hash, merged_at) VALUES ('street', 'other', '另一街道', 'h2', 'n')").run();
    expect(() => db.prepare("INSERT INTO merge_base (activity_id, sender_id, origin, base_hash, merged_at) VALUES ('street', 'other', '另一街道', 'h3', 'n')").run()).toThrow();
    db.prepare("INSERT INTO merge_conflicts (activity_id, sender_id, origin, incoming, incoming_hash, detected_at) VALUES ('street', 'other', '另一街道', '{}', 'h', 'n')").run();
    expect(() => db.prepare("INSERT INTO merge_conflicts (activity_id, sender_id, origin, incoming, incoming_hash, detected_at) VALUES ('street', 'other', '另一街道', '{}', 'h', 'n')").run()).toThrow();
    for (const t of ['merge_base', 'merge_conflicts']) expect(db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').pluck().get(t)).toMatch(/STRICT/);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');

    // The street's next package (now with an origin id) may update what it sent by name; another unit may not.
    const [street] = readMergeEntries(db, ['street']);
    // As merged then: the base is the content we hold.
    db.prepare("UPDATE merge_base SET base_hash = ? WHERE sender_id = 'name:某街道办事处'").run(contentHash(street!));
    const changed = { ...street!, content: { ...street!.content, title: '街道普法讲座（修改）' } };
    const here = { id: null, name: '某区司法局' };
    expect(planMerge(db, [changed], packageSender(manifest('0b7f7a0e-7d0c-4a57-9c1e-6e9b8f0a1c2d'), '某街道办事处'), here).counts).toMatchObject({ updated: 1, conflicts: 0 });
    expect(planMerge(db, [changed], packageSender(manifest('1b7f7a0e-7d0c-4a57-9c1e-6e9b8f0a1c2d'), '另一街道办事处'), here).counts).toMatchObject({ updated: 0, conflicts: 1 });
    db.close();
  });
});
