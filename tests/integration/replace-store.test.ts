import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../electron/store/migrate';
import { MIGRATIONS } from '../../electron/store/migrations';
import { replaceStoreContents } from '../../electron/store/replace-store';
import { AppError } from '../../shared/errors';
import { openTempApp, tempDir } from '../helpers/temp-app';

type App = ReturnType<typeof openTempApp>;

async function addEntry(app: App, title: string, summary: string) {
  const [category] = await app.registry.call('categories.list', {});
  return app.registry.call('activities.create', { date: '2025-04-15', title, categoryId: category!.id, summary, tags: ['普法'] });
}

/** A closed store file holding the given entries, as a backup or a package's database would be. */
async function storeFileWith(titles: string[]): Promise<string> {
  const dir = tempDir();
  const app = openTempApp(dir);
  for (const t of titles) await addEntry(app, t, `${t}，发放宣传材料`);
  await app.registry.call('unit.update', { name: '来源单位' });
  app.close();
  return path.join(dir, 'fazhi.db');
}

function dump(app: App): unknown {
  const db = app.ctx.db;
  return {
    activities: db.prepare('SELECT * FROM activities ORDER BY id').all(),
    tags: db.prepare('SELECT * FROM activity_tags ORDER BY activity_id, position').all(),
    unit: db.prepare('SELECT * FROM unit_profile').all(),
  };
}

async function titles(app: App, text?: string): Promise<string[]> {
  const page = await app.registry.call('activities.list', text ? { text } : {});
  return page.items.map((a) => a.title).sort();
}

async function refusal(fn: () => unknown): Promise<AppError> {
  let caught: unknown = null;
  try {
    await fn();
  } catch (err) {
    caught = err;
  }
  expect(caught).toBeInstanceOf(AppError);
  return caught as AppError;
}

describe('replaceStoreContents', () => {
  it('replaces every row in one go and rebuilds the search index from the copied entries', async () => {
    const source = await storeFileWith(['宪法宣传周', '民法典进社区']);
    const sourceBytes = fs.readFileSync(source);
    const app = openTempApp();
    await addEntry(app, '本机原有的学法活动', '集体学法');
    expect(await titles(app, '学法')).toEqual(['本机原有的学法活动']);

    const result = replaceStoreContents(app.ctx.db, source, { workDir: path.join(app.ctx.dataDir, '.replace') });

    expect(result).toEqual({ sourceSchemaVersion: MIGRATIONS.length, entries: 2 });
    expect(await titles(app)).toEqual(['宪法宣传周', '民法典进社区'].sort());
    expect(await titles(app, '学法')).toEqual([]);
    expect(await titles(app, '民法典')).toEqual(['民法典进社区']);
    expect((await app.registry.call('unit.get', {})).name).toBe('来源单位');
    expect(app.ctx.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(fs.readFileSync(source).equals(sourceBytes)).toBe(true);
    expect(fs.readdirSync(path.join(app.ctx.dataDir, '.replace'))).toEqual([]);
  });

  it('brings a source from an older schema up to date first', async () => {
    const file = path.join(tempDir(), 'old.db');
    const old = new Database(file);
    migrate(old, file, MIGRATIONS.slice(0, 4));
    old.prepare("UPDATE unit_profile SET name = '旧版本单位' WHERE id = 1").run();
    old.close();
    const app = openTempApp();
    const result = replaceStoreContents(app.ctx.db, file, { workDir: tempDir() });
    expect(result.sourceSchemaVersion).toBe(4);
    expect((await app.registry.call('unit.get', {})).name).toBe('旧版本单位');
    expect((await app.registry.call('report.templates.list', {})).length).toBeGreaterThan(0);
  });

  it('keeps the tables it is told to keep', async () => {
    const source = await storeFileWith(['宪法宣传周']);
    const app = openTempApp();
    await app.registry.call('unit.update', { name: '本机单位' });
    replaceStoreContents(app.ctx.db, source, { workDir: tempDir(), keepTables: ['unit_profile'] });
    expect((await app.registry.call('unit.get', {})).name).toBe('本机单位');
    expect(await titles(app)).toEqual(['宪法宣传周']);
  });

  it('refuses a file that is not SQLite, a newer schema, a damaged file and a missing file, changing nothing', async () => {
    const app = openTempApp();
    await addEntry(app, '本机原有的学法活动', '集体学法');
    const before = dump(app);
    const dir = tempDir();

    const text = path.join(dir, 'notes.db');
    fs.writeFileSync(text, '这不是数据库'.repeat(100));
    expect((await refusal(() => replaceStoreContents(app.ctx.db, text, { workDir: dir }))).code).toBe('not_a_database');

    const newer = path.join(dir, 'newer.db');
    const n = new Database(newer);
    n.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    n.close();
    const tooNew = await refusal(() => replaceStoreContents(app.ctx.db, newer, { workDir: dir }));
    expect(tooNew.code).toBe('database_too_new');

    const damaged = path.join(dir, 'damaged.db');
    const good = fs.readFileSync(await storeFileWith(Array.from({ length: 60 }, (_, i) => `活动${i}`.repeat(20))));
    // Scribble over the middle of the file: the b-tree pages there no longer parse.
    good.fill(0x5a, 4096 * 2 + 100, 4096 * 2 + 3000);
    fs.writeFileSync(damaged, good);
    const broken = await refusal(() => replaceStoreContents(app.ctx.db, damaged, { workDir: dir }));
    expect(broken.code).toBe('database_damaged');
    expect(broken.message).toContain(damaged);

    expect((await refusal(() => replaceStoreContents(app.ctx.db, path.join(dir, 'none.db'), { workDir: dir }))).code).toBe('not_found');
    expect(dump(app)).toEqual(before);
  });
});
