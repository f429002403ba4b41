import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { unzipSync, zipSync } from 'fflate';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { OpenApp } from '../../electron/open-app';
import { addEntry, dumpStore, exportPackage, mergeInto, stageBytes, unitApp } from '../helpers/package-fixtures';
import { rejected } from '../helpers/rejected';
import { tempDir } from '../helpers/temp-app';

// Merge knows who sent what. Three real data folders: two 街道 (A, B) and the 司法局 that compiles
// them. An entry merged from A is updated only by a package from A (the origin id its manifest
// states); the same entry ids in anyone else's package are conflicts. A package cannot pass itself
// off as the receiving unit, and this unit's own entries are never updated by a package.

type Files = Record<string, Uint8Array>;
type Manifest = { originId?: string; unitName: string; files: { path: string; size: number; sha256: string }[] };
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

function readManifest(zip: Uint8Array | string): Manifest {
  const files = unzipSync(typeof zip === 'string' ? fs.readFileSync(zip) : zip);
  return JSON.parse(Buffer.from(files['manifest.json']!).toString('utf8')) as Manifest;
}

/** The package with its manifest (and, optionally, its database) changed, every listed size and hash kept true. */
function rewrite(zip: string, change: { manifest?: (m: Manifest) => void; db?: (db: Database.Database) => void }): string {
  const files: Files = { ...unzipSync(fs.readFileSync(zip)) };
  const m = JSON.parse(Buffer.from(files['manifest.json']!).toString('utf8')) as Manifest;
  if (change.db) {
    const file = path.join(tempDir('fazhi-origin-'), 'fazhi.db');
    fs.writeFileSync(file, files['fazhi.db']!);
    const db = new Database(file);
    try {
      change.db(db);
    } finally {
      db.close();
    }
    files['fazhi.db'] = fs.readFileSync(file);
    const listed = m.files.find((f) => f.path === 'fazhi.db')!;
    listed.size = files['fazhi.db'].length;
    listed.sha256 = sha(files['fazhi.db']);
  }
  change.manifest?.(m);
  files['manifest.json'] = Buffer.from(JSON.stringify(m));
  const out = path.join(tempDir('fazhi-origin-'), path.basename(zip));
  fs.writeFileSync(out, zipSync(files));
  return out;
}

/** As an older build wrote it: no origin id in the manifest. */
const legacy = (zip: string) => rewrite(zip, { manifest: (m) => delete m.originId });

async function imported(app: OpenApp, zip: string) {
  const stagedId = stageBytes(app, fs.readFileSync(zip));
  const preview = await app.registry.call('package.inspect', { stagedId, fileName: path.basename(zip) });
  const result = await app.registry.call('package.import', { stagedId, fileName: path.basename(zip), mode: 'merge' });
  // What the user was shown before merging is what the merge did.
  expect({ added: result.added, updated: result.updated, unchanged: result.unchanged, conflicts: result.conflicts }).toEqual({
    added: preview.merge.added,
    updated: preview.merge.updated,
    unchanged: preview.merge.unchanged,
    conflicts: preview.merge.conflicts,
  });
  return result;
}

async function refusedMerge(app: OpenApp, zip: string): Promise<string> {
  const before = dumpStore(app);
  const err = await rejected(mergeInto(app, zip));
  expect(err.message).toMatch(/^数据包“.+”不能导入：.+本机数据没有任何改动。$/);
  expect(dumpStore(app)).toEqual(before);
  return err.message;
}

async function titles(app: OpenApp, ids: readonly string[]) {
  return Promise.all(ids.map(async (id) => (await app.registry.call('activities.get', { id })).title));
}

/** A 街道 with three entries, and the 司法局 that has merged its package once. */
async function streetMerged() {
  const a = await unitApp('某街道办事处');
  const ids: string[] = [];
  for (const title of ['街道普法讲座', '街道集体学法', '街道法律顾问进社区']) ids.push((await addEntry(a, { title })).id);
  const centre = await unitApp('某区司法局');
  await addEntry(centre, { title: '局党组集体学法' });
  expect(await imported(centre, await exportPackage(a))).toMatchObject({ added: 3, conflicts: 0 });
  return { a, centre, ids };
}

/** Another 街道 whose folder was started from A's package (as units hand out a ready-made ledger), then renamed. */
async function copiedFrom(a: OpenApp, name: string): Promise<OpenApp> {
  const b = await unitApp('临时');
  const stagedId = stageBytes(b, fs.readFileSync(await exportPackage(a)));
  await b.registry.call('package.import', { stagedId, fileName: 'a.zip', mode: 'replace', confirm: '替换' });
  await b.registry.call('unit.update', { name });
  return b;
}

describe('merge knows who sent what', () => {
  it('states a stable origin id for the unit in every package it writes', async () => {
    const a = await unitApp('某街道办事处');
    const first = readManifest(await exportPackage(a));
    const second = readManifest(await exportPackage(a));
    expect(first.originId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(second.originId).toBe(first.originId);
    expect(first.unitName).toBe('某街道办事处');
    const b = await unitApp('某街道办事处');
    expect(readManifest(await exportPackage(b)).originId).not.toBe(first.originId);
  });

  it('makes the entries of A arriving in B’s package conflicts, not updates, and they still come from A', async () => {
    const { a, centre, ids } = await streetMerged();
    const b = await copiedFrom(a, '另一街道办事处');
    for (const id of ids) await b.registry.call('activities.update', { id, title: `另一街道改写的${id.slice(0, 4)}` });
    const before = await titles(centre, ids);

    const clash = await imported(centre, await exportPackage(b));
    expect(clash).toMatchObject({ unitName: '另一街道办事处', added: 0, updated: 0, conflicts: 3 });
    expect(await titles(centre, ids)).toEqual(before);
    for (const id of ids) expect((await centre.registry.call('activities.get', { id })).origin).toBe('某街道办事处');
    const conflicts = await centre.registry.call('package.conflicts.list', {});
    expect(conflicts.map((c) => c.origin)).toEqual(['另一街道办事处', '另一街道办事处', '另一街道办事处']);

    // 保留本机: B's same package raises nothing again, and A's own changes still come through.
    for (const c of conflicts) await centre.registry.call('package.conflicts.resolve', { id: c.id, keep: 'local' });
    expect(await imported(centre, await exportPackage(b))).toMatchObject({ updated: 0, conflicts: 0 });
    await a.registry.call('activities.update', { id: ids[0]!, summary: '街道自己补充的摘要' });
    expect(await imported(centre, await exportPackage(a))).toMatchObject({ updated: 1, conflicts: 0 });
    expect((await centre.registry.call('activities.get', { id: ids[0]! })).summary).toBe('街道自己补充的摘要');
  });

  it('does not let a package claim, entry by entry, that what it sends comes from A', async () => {
    const { a, centre, ids } = await streetMerged();
    const aId = readManifest(await exportPackage(a)).originId;
    const b = await copiedFrom(a, '另一街道办事处');
    await b.registry.call('activities.update', { id: ids[1]!, title: '另一街道改写的' });
    const forged = rewrite(await exportPackage(b), {
      db: (db) => {
        // As a consolidation would say of entries it merged from A.
        const hasOriginId = (db.prepare("SELECT count(*) FROM pragma_table_info('activities') WHERE name = 'origin_id'").pluck().get() as number) > 0;
        db.prepare(`UPDATE activities SET origin = '某街道办事处'${hasOriginId ? ', origin_id = ?' : ''}`).run(...(hasOriginId ? [aId] : []));
      },
    });
    expect(await imported(centre, forged)).toMatchObject({ updated: 0, conflicts: 1 });
    expect((await centre.registry.call('activities.get', { id: ids[1]! })).title).toBe('街道集体学法');
  });

  it('gives A’s entry to B only when the user takes B’s version; from then on B updates it and A raises a conflict', async () => {
    const { a, centre, ids } = await streetMerged();
    const b = await copiedFrom(a, '另一街道办事处');
    await b.registry.call('activities.update', { id: ids[2]!, title: '另一街道改写的' });
    await imported(centre, await exportPackage(b));
    const [conflict] = await centre.registry.call('package.conflicts.list', {});
    await centre.registry.call('package.conflicts.resolve', { id: conflict!.id, keep: 'incoming' });
    expect(await centre.registry.call('activities.get', { id: ids[2]! })).toMatchObject({ title: '另一街道改写的', origin: '另一街道办事处' });

    await b.registry.call('activities.update', { id: ids[2]!, title: '另一街道第二次改写' });
    expect(await imported(centre, await exportPackage(b))).toMatchObject({ updated: 1, conflicts: 0 });
    await a.registry.call('activities.update', { id: ids[2]!, title: '街道自己改的' });
    expect(await imported(centre, await exportPackage(a))).toMatchObject({ updated: 0, conflicts: 1 });
    expect((await centre.registry.call('activities.get', { id: ids[2]! })).title).toBe('另一街道第二次改写');
  });

  it('never updates this unit’s own entries from a package, even one that once sent them unchanged', async () => {
    const centre = await unitApp('某区司法局');
    const own = await addEntry(centre, { title: '局党组集体学法' });
    const b = await copiedFrom(centre, '某街道办事处');
    // The same content first (nothing to do), then a change there.
    expect(await imported(centre, await exportPackage(b))).toMatchObject({ added: 0, updated: 0, conflicts: 0 });
    await b.registry.call('activities.update', { id: own.id, title: '街道改写的局党组学法' });
    expect(await imported(centre, await exportPackage(b))).toMatchObject({ updated: 0, conflicts: 1 });
    expect(await centre.registry.call('activities.get', { id: own.id })).toMatchObject({ title: '局党组集体学法', origin: '' });
  });

  it('refuses this unit’s own package, and a package claiming its origin id, before writing anything', async () => {
    const centre = await unitApp('某区司法局');
    await addEntry(centre, { title: '局党组集体学法' });
    const ownZip = await exportPackage(centre);
    const ownId = readManifest(ownZip).originId!;
    expect(ownId).toBeTruthy();
    expect(await refusedMerge(centre, ownZip)).toContain('来自本单位自己');

    const a = await unitApp('某街道办事处');
    await addEntry(a, { title: '街道普法讲座' });
    const claiming = rewrite(await exportPackage(a), { manifest: (m) => (m.originId = ownId) });
    const message = await refusedMerge(centre, claiming);
    expect(message).toContain('来自本单位自己');
    // The preview says so too, and replacing (moving to a new computer) stays possible.
    const summary = await centre.registry.call('package.inspect', { stagedId: stageBytes(centre, fs.readFileSync(claiming)), fileName: '包.zip' });
    expect(summary.mergeRefusal).toContain('来自本单位自己');
  });

  it('refuses an older package without an origin id that bears this unit’s name, instead of taking it as this unit’s own', async () => {
    const centre = await unitApp('某区司法局');
    const otherPc = await unitApp('某区司法局');
    await addEntry(otherPc, { title: '另一台电脑上录入的' });
    const message = await refusedMerge(centre, legacy(await exportPackage(otherPc)));
    expect(message).toContain('与本单位同名');
    expect(message).toContain('某区司法局');
  });

  it('merges a package of another data folder with this unit’s name as that folder’s entries, not as this unit’s own', async () => {
    const centre = await unitApp('某区司法局');
    const otherPc = await unitApp('某区司法局');
    const e = await addEntry(otherPc, { title: '另一台电脑上录入的' });
    expect(await imported(centre, await exportPackage(otherPc))).toMatchObject({ added: 1 });
    expect((await centre.registry.call('activities.list', { origin: '' })).total).toBe(0);
    expect((await centre.registry.call('activities.get', { id: e.id })).origin).toBe('某区司法局');
  });

  it('identifies an older package without an origin id by its unit name: it updates what it sent, never another unit’s entries', async () => {
    const a = await unitApp('某街道办事处');
    const one = await addEntry(a, { title: '街道普法讲座' });
    const centre = await unitApp('某区司法局');
    expect(await imported(centre, legacy(await exportPackage(a)))).toMatchObject({ added: 1 });
    await a.registry.call('activities.update', { id: one.id, title: '街道普法讲座（修改）' });
    expect(await imported(centre, legacy(await exportPackage(a)))).toMatchObject({ updated: 1, conflicts: 0 });

    // An older package from another unit with the same entry ids.
    const b = await copiedFrom(a, '另一街道办事处');
    await b.registry.call('activities.update', { id: one.id, title: '另一街道改写的' });
    expect(await imported(centre, legacy(await exportPackage(b)))).toMatchObject({ updated: 0, conflicts: 1 });

    // A upgrades: its package now has an origin id and takes over what it sent by name; from then on
    // an older package bearing A's name no longer updates it.
    await a.registry.call('activities.update', { id: one.id, title: '街道普法讲座（升级后修改）' });
    expect(await imported(centre, await exportPackage(a))).toMatchObject({ updated: 1 });
    const impostor = await copiedFrom(a, '某街道办事处');
    await impostor.registry.call('activities.update', { id: one.id, title: '冒名改写的' });
    expect(await imported(centre, legacy(await exportPackage(impostor)))).toMatchObject({ updated: 0, conflicts: 1 });
    expect((await centre.registry.call('activities.get', { id: one.id })).title).toBe('街道普法讲座（升级后修改）');
  });

  it('passes a consolidation on: the forwarding unit’s next package updates what it forwarded; the same entry straight from its author is then a conflict', async () => {
    const { a, centre, ids } = await streetMerged();
    const city = await unitApp('某市司法局');
    expect(await imported(city, await exportPackage(centre))).toMatchObject({ added: 4 });
    expect((await city.registry.call('activities.get', { id: ids[0]! })).origin).toBe('某街道办事处');
    expect(await city.registry.call('package.origins', {})).toEqual(['某区司法局', '某街道办事处']);

    await a.registry.call('activities.update', { id: ids[0]!, title: '街道普法讲座（修改）' });
    await imported(centre, await exportPackage(a));
    expect(await imported(city, await exportPackage(centre))).toMatchObject({ updated: 1, conflicts: 0 });
    expect(await city.registry.call('activities.get', { id: ids[0]! })).toMatchObject({ title: '街道普法讲座（修改）', origin: '某街道办事处' });
    // The same entry straight from the 街道: the city had it from the 司法局, so the 街道's change is a conflict.
    await a.registry.call('activities.update', { id: ids[0]!, title: '街道直接报送的修改' });
    expect(await imported(city, await exportPackage(a))).toMatchObject({ updated: 0, conflicts: 1 });
    expect((await city.registry.call('activities.get', { id: ids[0]! })).title).toBe('街道普法讲座（修改）');
    // Back at the 街道, its own entries in the 司法局's package are its own already: nothing changes.
    expect(await imported(a, await exportPackage(centre))).toMatchObject({ added: 1, updated: 0, conflicts: 1, unchanged: 2 });
    expect((await a.registry.call('activities.list', { origin: '' })).total).toBe(3);
  });
});
