import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { Jimp } from 'jimp';
import { stageUpload } from '../../electron/attachments/stage-upload';
import { blobPath, thumbnailPath } from '../../electron/attachments/storage-paths';
import { LATEST_SCHEMA_VERSION } from '../../electron/store/migrations';
import { blockText } from '../../shared/report/report-document';
import { addEntry, attachPdf, dumpStore, exportPackage, mergeInto, PDF, stageBytes, unitApp } from '../helpers/package-fixtures';

// Data packages between two real data folders: export, inspect, replace, and consolidation (汇总)
// with idempotent re-import, one-sided updates, conflicts and both ways of resolving them.

const sha = (b: Buffer | Uint8Array) => createHash('sha256').update(b).digest('hex');

describe('data package export and replace', () => {
  it('writes a manifest whose sizes and hashes match every file, and moves a whole store with its attachments', async () => {
    const source = await unitApp('某区司法局');
    const a = await addEntry(source, { title: '集体学法', tags: ['学法'], metrics: [{ name: '参学人数', value: 30, unit: '人' }] });
    await addEntry(source, { title: '宪法宣传', date: '2024-12-04' });
    await attachPdf(source, a.id);
    const zip = await exportPackage(source);

    const files = unzipSync(fs.readFileSync(zip));
    const manifest = JSON.parse(Buffer.from(files['manifest.json']!).toString('utf8'));
    expect(manifest).toMatchObject({ format: 'fazhi-ledger-package', schemaVersion: LATEST_SCHEMA_VERSION, unitName: '某区司法局', counts: { activities: 2, attachments: 1 } });
    expect(Object.keys(files).sort()).toEqual(['fazhi.db', 'manifest.json', `attachments/${sha(PDF).slice(0, 2)}/${sha(PDF)}`].sort());
    for (const f of manifest.files) {
      expect(sha(files[f.path]!)).toBe(f.sha256);
      expect(files[f.path]!.length).toBe(f.size);
    }

    const target = await unitApp('新电脑');
    await addEntry(target, { title: '本机原有的一条' });
    const stagedId = stageBytes(target, fs.readFileSync(zip));
    const summary = await target.registry.call('package.inspect', { stagedId, fileName: '包.zip' });
    expect(summary).toMatchObject({ unitName: '某区司法局', entries: 2, attachments: 1, files: 1, sameUnit: false });

    const result = await target.registry.call('package.import', { stagedId, fileName: '包.zip', mode: 'replace', confirm: '替换' });
    expect(result).toMatchObject({ mode: 'replace', entries: 2, filesAdded: 1 });
    const list = await target.registry.call('activities.list', {});
    expect(list.items.map((e) => e.title).sort()).toEqual(['宪法宣传', '集体学法']);
    expect((await target.registry.call('unit.get', {})).name).toBe('某区司法局');
    const moved = await target.registry.call('activities.get', { id: a.id });
    expect(moved).toMatchObject({ tags: ['学法'], metrics: [{ name: '参学人数', value: 30, unit: '人', approximate: false }] });
    const [attachment] = await target.registry.call('attachments.list', { activityId: a.id });
    expect(attachment).toMatchObject({ sha256: sha(PDF) });
    expect(sha(fs.readFileSync(blobPath(target.ctx.dataDir, sha(PDF))))).toBe(sha(PDF));
    expect((await target.registry.call('activities.list', { text: '宪法' })).total).toBe(1);
  });
});

describe('consolidation (汇总)', () => {
  async function setUp() {
    const street = await unitApp('某街道办事处');
    const centre = await unitApp('某区司法局');
    const one = await addEntry(street, { title: '街道普法讲座', department: '综治办', summary: '开展民法典进社区讲座' });
    const two = await addEntry(street, { title: '街道集体学法', department: '党政办', summary: '组织集体学法' });
    await attachPdf(street, one.id);
    await addEntry(centre, { title: '局党组集体学法', summary: '局党组开展集体学法' });
    return { street, centre, one, two };
  }

  it('adds the entries with their origin and department, and a re-import adds nothing', async () => {
    const { street, centre, one } = await setUp();
    const photo = await new Jimp({ width: 40, height: 30, color: 0x3366ccff }).getBuffer('image/png');
    const staged = await stageUpload(street.ctx.dataDir, (async function* () { yield photo; })(), '现场照片.png');
    await street.registry.call('attachments.add', { activityId: one.id, stagedId: staged.stagedId, kind: '照片', fileName: staged.fileName });
    const photoSha = sha(photo);
    const zip = await exportPackage(street);
    const stagedId = stageBytes(centre, fs.readFileSync(zip));
    const summary = await centre.registry.call('package.inspect', { stagedId, fileName: '街道.zip' });
    expect(summary.merge).toMatchObject({ added: 2, updated: 0, unchanged: 0, conflicts: 0 });

    const first = await centre.registry.call('package.import', { stagedId, fileName: '街道.zip', mode: 'merge' });
    expect(first).toMatchObject({ mode: 'merge', unitName: '某街道办事处', added: 2, updated: 0, unchanged: 0, conflicts: 0, filesAdded: 2 });
    const merged = await centre.registry.call('activities.get', { id: one.id });
    // Photos get their thumbnails after the merge has answered.
    await expect.poll(() => fs.existsSync(thumbnailPath(centre.ctx.dataDir, photoSha)), { timeout: 60_000 }).toBe(true);
    expect(merged).toMatchObject({ origin: '某街道办事处', department: '综治办', title: '街道普法讲座' });
    expect(await centre.registry.call('attachments.list', { activityId: one.id })).toHaveLength(2);
    expect((await centre.registry.call('activities.history', { id: one.id }))[0]).toMatchObject({ action: 'merge' });

    const before = dumpStore(centre);
    const again = await mergeInto(centre, zip);
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 2, conflicts: 0 });
    expect(dumpStore(centre)).toEqual(before);

    expect((await centre.registry.call('activities.list', { origin: '某街道办事处' })).items.map((e) => e.title).sort()).toEqual(['街道普法讲座', '街道集体学法']);
    expect((await centre.registry.call('activities.list', { origin: '' })).items.map((e) => e.title)).toEqual(['局党组集体学法']);
    expect(await centre.registry.call('package.origins', {})).toEqual(['某街道办事处']);
  });

  it('takes a change made only there, and makes a change made on both sides a conflict the user resolves either way', async () => {
    const { street, centre, one, two } = await setUp();
    await mergeInto(centre, await exportPackage(street));

    await street.registry.call('activities.update', { id: one.id, summary: '开展民法典进社区讲座，发放资料200份' });
    const updated = await mergeInto(centre, await exportPackage(street));
    expect(updated).toMatchObject({ added: 0, updated: 1, unchanged: 1, conflicts: 0 });
    expect((await centre.registry.call('activities.get', { id: one.id })).summary).toBe('开展民法典进社区讲座，发放资料200份');

    // Only the compiling unit changed it: the next package (unchanged there) leaves our change alone.
    await centre.registry.call('activities.update', { id: two.id, title: '街道集体学法（司法局校对）' });
    expect(await mergeInto(centre, await exportPackage(street))).toMatchObject({ updated: 0, conflicts: 0 });
    expect((await centre.registry.call('activities.get', { id: two.id })).title).toBe('街道集体学法（司法局校对）');

    // Now both sides change it.
    await street.registry.call('activities.update', { id: two.id, title: '街道集体学法（街道修改）' });
    const zip = await exportPackage(street);
    const clash = await mergeInto(centre, zip);
    expect(clash).toMatchObject({ conflicts: 1, updated: 0 });
    expect((await centre.registry.call('activities.get', { id: two.id })).title).toBe('街道集体学法（司法局校对）');
    const [conflict] = await centre.registry.call('package.conflicts.list', {});
    expect(conflict).toMatchObject({ activityId: two.id, origin: '某街道办事处', differing: ['事项标题'] });
    expect(conflict!.local.fields['事项标题']).toBe('街道集体学法（司法局校对）');
    expect(conflict!.incoming.fields['事项标题']).toBe('街道集体学法（街道修改）');
    // The same package again: still one conflict, not two.
    expect(await mergeInto(centre, zip)).toMatchObject({ conflicts: 1 });
    expect(await centre.registry.call('package.conflicts.list', {})).toHaveLength(1);

    expect(await centre.registry.call('package.conflicts.resolve', { id: conflict!.id, keep: 'local' })).toEqual({ remaining: 0 });
    expect((await centre.registry.call('activities.get', { id: two.id })).title).toBe('街道集体学法（司法局校对）');
    expect(await mergeInto(centre, zip)).toMatchObject({ conflicts: 0, updated: 0 });

    // Another clash, resolved by taking theirs.
    await street.registry.call('activities.update', { id: two.id, title: '街道集体学法（街道第二次修改）' });
    await centre.registry.call('activities.update', { id: two.id, summary: '司法局补充的摘要' });
    expect(await mergeInto(centre, await exportPackage(street))).toMatchObject({ conflicts: 1 });
    const [second] = await centre.registry.call('package.conflicts.list', {});
    expect(second!.differing).toEqual(['事项标题', '内容摘要']);
    await centre.registry.call('package.conflicts.resolve', { id: second!.id, keep: 'incoming' });
    expect(await centre.registry.call('activities.get', { id: two.id })).toMatchObject({ title: '街道集体学法（街道第二次修改）', summary: '组织集体学法', origin: '某街道办事处' });
    expect((await centre.registry.call('activities.history', { id: two.id }))[0]).toMatchObject({ action: 'merge', changes: { title: ['街道集体学法（司法局校对）', '街道集体学法（街道第二次修改）'] } });
    const err = await centre.registry.call('package.conflicts.resolve', { id: second!.id, keep: 'local' }).catch((e: Error) => e);
    expect((err as Error).message).toContain('已经处理过');
  });

  it('trashes here what the department trashed, and does not take over entries trashed before any merge', async () => {
    const { street, centre, one, two } = await setUp();
    await street.registry.call('activities.delete', { id: two.id });
    expect(await mergeInto(centre, await exportPackage(street))).toMatchObject({ added: 1, skippedTrashed: 1 });
    await street.registry.call('activities.delete', { id: one.id });
    expect(await mergeInto(centre, await exportPackage(street))).toMatchObject({ updated: 1 });
    expect((await centre.registry.call('activities.get', { id: one.id })).deletedAt).not.toBeNull();
  });

  it('refuses a package without a unit name, and merges a package of another data folder with this unit’s name as that folder’s, not as its own', async () => {
    const nameless = await unitApp('');
    await addEntry(nameless, { title: '无名单位的一条' });
    const centre = await unitApp('某区司法局');
    const before = dumpStore(centre);
    const err = await mergeInto(centre, await exportPackage(nameless)).catch((e: Error) => e);
    expect((err as Error).message).toContain('没有填写单位名称');
    expect(dumpStore(centre)).toEqual(before);

    const otherPc = await unitApp('某区司法局');
    const own = await addEntry(otherPc, { title: '另一台电脑上录入的' });
    expect(await mergeInto(centre, await exportPackage(otherPc))).toMatchObject({ added: 1 });
    // Only this data folder's own entries are this unit's (see package-origin.test.ts).
    expect((await centre.registry.call('activities.get', { id: own.id })).origin).toBe('某区司法局');
  });

  it('assembles the report across every merged origin', async () => {
    const { street, centre, one } = await setUp();
    await mergeInto(centre, await exportPackage(street));
    const [template] = await centre.registry.call('report.templates.list', {});
    const view = await centre.registry.call('report.assemble', { year: 2024, templateId: template!.id });
    const sources = view.document.blocks.flatMap((b) => b.sources);
    expect(sources).toContain(one.id);
    expect(view.document.blocks.map((b) => blockText(b)).join('')).toContain('开展民法典进社区讲座');
  });
});
