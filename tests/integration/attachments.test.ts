import fs from 'node:fs';
import path from 'node:path';
import { Jimp } from 'jimp';
import { describe, expect, it } from 'vitest';
import { attachmentPath, copyForViewing, removeOrphanFiles, stageUpload } from '../../electron/attachments';
import { blobPath, stagingDir, thumbnailPath } from '../../electron/attachments/storage-paths';
import { AppError } from '../../shared/errors';
import { openTempApp, tempDir } from '../helpers/temp-app';

type App = ReturnType<typeof openTempApp>;

const PDF = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n', 'latin1');

async function* once(bytes: Buffer) {
  yield bytes;
}

async function rejected(p: Promise<unknown>): Promise<AppError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

async function entry(app: App, title = '法治专题讲座') {
  return app.registry.call('activities.create', { date: '2024-03-15', categoryId: 1, title });
}

async function attach(app: App, activityId: string, bytes: Buffer, fileName: string, kind: '照片' | '签到表' | '正式文件' = '正式文件') {
  const staged = await stageUpload(app.ctx.dataDir, once(bytes), fileName);
  return app.registry.call('attachments.add', { activityId, stagedId: staged.stagedId, kind, fileName: staged.fileName });
}

function blobFiles(dataDir: string): string[] {
  const root = path.join(dataDir, 'attachments');
  return fs
    .readdirSync(root)
    .filter((d) => /^[0-9a-f]{2}$/.test(d))
    .flatMap((d) => fs.readdirSync(path.join(root, d)));
}

const count = (app: App, table: string) => (app.ctx.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

async function png(width: number, height: number): Promise<Buffer> {
  return new Jimp({ width, height, color: 0x3366ccff }).getBuffer('image/png');
}

describe('attachments: add and list', () => {
  it('stores the file by its hash, links it, and lists it with size, type and name', async () => {
    const app = openTempApp(undefined, () => '2024-03-16T09:00:00.000Z');
    const activity = await entry(app);
    const added = await attach(app, activity.id, PDF, '会议通知.pdf', '正式文件');
    expect(added).toMatchObject({
      activityId: activity.id,
      kind: '正式文件',
      originalName: '会议通知.pdf',
      size: PDF.length,
      mime: 'application/pdf',
      addedAt: '2024-03-16T09:00:00.000Z',
      hasThumbnail: false,
    });
    const file = blobPath(app.ctx.dataDir, added.sha256);
    expect(file).toBe(path.join(app.ctx.dataDir, 'attachments', added.sha256.slice(0, 2), added.sha256));
    expect(fs.readFileSync(file).equals(PDF)).toBe(true);
    expect(fs.readdirSync(stagingDir(app.ctx.dataDir))).toEqual([]);
    expect(await app.registry.call('attachments.list', { activityId: activity.id })).toEqual([added]);
    expect(await app.registry.call('attachments.get', { id: added.id })).toEqual(added);
  });

  it('stores the same file attached twice once, with two links', async () => {
    const app = openTempApp();
    const a = await entry(app, '第一条');
    const b = await entry(app, '第二条');
    const first = await attach(app, a.id, PDF, '方案.pdf');
    const stored = fs.statSync(blobPath(app.ctx.dataDir, first.sha256));
    const second = await attach(app, b.id, PDF, '同一个方案（副本）.pdf');
    const third = await attach(app, a.id, PDF, '方案.pdf');
    // Not written again: still the very same file on disk.
    expect(fs.statSync(blobPath(app.ctx.dataDir, first.sha256)).ino).toBe(stored.ino);
    expect(new Set([first.sha256, second.sha256, third.sha256]).size).toBe(1);
    expect(blobFiles(app.ctx.dataDir)).toEqual([first.sha256]);
    expect(count(app, 'blobs')).toBe(1);
    expect(count(app, 'attachments')).toBe(3);
    expect(fs.readdirSync(stagingDir(app.ctx.dataDir))).toEqual([]);
    expect((await app.registry.call('attachments.list', { activityId: a.id })).map((x) => x.id)).toEqual([first.id, third.id]);
  });

  it('checks the name given at add time against the bytes again', async () => {
    const app = openTempApp();
    const activity = await entry(app);
    const staged = await stageUpload(app.ctx.dataDir, once(Buffer.from('纯文本内容')), '说明.txt');
    const err = await rejected(app.registry.call('attachments.add', { activityId: activity.id, stagedId: staged.stagedId, kind: '正式文件', fileName: '说明.pdf' }));
    expect(err.message).toContain('“说明.pdf”的内容不是PDF文件');
    expect(count(app, 'attachments')).toBe(0);
    expect(fs.readdirSync(stagingDir(app.ctx.dataDir))).toEqual([staged.stagedId]);
  });

  it('cleans the name given at add time', async () => {
    const app = openTempApp();
    const activity = await entry(app);
    const staged = await stageUpload(app.ctx.dataDir, once(PDF), 'x.pdf');
    const added = await app.registry.call('attachments.add', { activityId: activity.id, stagedId: staged.stagedId, kind: '其他', fileName: '../../CON.pdf' });
    expect(added.originalName).toBe('CON_.pdf');
  });

  it('refuses an entry in the trash, a missing entry, a used staged id and an unknown kind, in Chinese', async () => {
    const app = openTempApp();
    const activity = await entry(app);
    const staged = await stageUpload(app.ctx.dataDir, once(PDF), '方案.pdf');
    const input = { activityId: activity.id, stagedId: staged.stagedId, kind: '正式文件' as const, fileName: '方案.pdf' };
    await app.registry.call('activities.delete', { id: activity.id });
    expect((await rejected(app.registry.call('attachments.add', input))).message).toBe('“法治专题讲座”在回收站中，请先恢复再添加佐证材料。');
    const missing = await rejected(app.registry.call('attachments.add', { ...input, activityId: '00000000-0000-4000-8000-000000000000' }));
    expect(missing.code).toBe('not_found');
    await app.registry.call('activities.restore', { id: activity.id });
    await app.registry.call('attachments.add', input);
    const used = await rejected(app.registry.call('attachments.add', input));
    expect(used.message).toContain('找不到上传的文件');
    const kind = await rejected(app.registry.call('attachments.add', { ...input, kind: '录像' as never }));
    expect(kind.message).toMatch(/^材料类型：只能是：通知\/方案、签到表、照片/);
  });
});

describe('attachments: change kind and remove', () => {
  it('changes the kind', async () => {
    const app = openTempApp();
    const activity = await entry(app);
    const added = await attach(app, activity.id, PDF, '签到.pdf', '正式文件');
    expect((await app.registry.call('attachments.setKind', { id: added.id, kind: '签到表' })).kind).toBe('签到表');
    expect((await app.registry.call('attachments.list', { activityId: activity.id }))[0]!.kind).toBe('签到表');
  });

  it('keeps the stored file when attachments are removed, even the last one using it (a backup may still link to it)', async () => {
    const app = openTempApp();
    const a = await entry(app, '第一条');
    const b = await entry(app, '第二条');
    const first = await attach(app, a.id, PDF, '方案.pdf');
    const second = await attach(app, b.id, PDF, '方案.pdf');
    const file = blobPath(app.ctx.dataDir, first.sha256);
    expect(await app.registry.call('attachments.remove', { id: first.id })).toEqual(first);
    expect(fs.existsSync(file)).toBe(true);
    expect(count(app, 'blobs')).toBe(1);
    expect(await app.registry.call('attachments.list', { activityId: a.id })).toEqual([]);
    await app.registry.call('attachments.remove', { id: second.id });
    expect(fs.existsSync(file)).toBe(true);
    expect(count(app, 'blobs')).toBe(0);
    const again = await rejected(app.registry.call('attachments.remove', { id: second.id }));
    expect(again.code).toBe('not_found');
    expect(again.message).toContain('找不到这份佐证材料');
  });
});

describe('thumbnails', () => {
  it('makes a JPEG of at most 320 px for a PNG, and keeps it with the file', async () => {
    const app = openTempApp();
    const activity = await entry(app);
    const photo = await attach(app, activity.id, await png(800, 400), '现场照片.png', '照片');
    expect(photo.hasThumbnail).toBe(true);
    const thumb = thumbnailPath(app.ctx.dataDir, photo.sha256);
    expect(thumb).toBe(path.join(app.ctx.dataDir, 'thumbnails', `${photo.sha256}.jpg`));
    const decoded = await Jimp.read(fs.readFileSync(thumb));
    expect([decoded.width, decoded.height]).toEqual([320, 160]);
    expect(decoded.mime).toBe('image/jpeg');
    await app.registry.call('attachments.remove', { id: photo.id });
    expect(fs.existsSync(thumb)).toBe(true);
  });

  it('does not enlarge a small picture', async () => {
    const app = openTempApp();
    const photo = await attach(app, (await entry(app)).id, await png(40, 30), '小图.png', '照片');
    const decoded = await Jimp.read(fs.readFileSync(thumbnailPath(app.ctx.dataDir, photo.sha256)));
    expect([decoded.width, decoded.height]).toEqual([40, 30]);
  });

  it('keeps an image it cannot decode, without a thumbnail', async () => {
    const app = openTempApp();
    const broken = Buffer.concat([(await png(10, 10)).subarray(0, 30), Buffer.from('cut off')]);
    const photo = await attach(app, (await entry(app)).id, broken, '损坏.png', '照片');
    expect(photo.hasThumbnail).toBe(false);
    expect(fs.existsSync(blobPath(app.ctx.dataDir, photo.sha256))).toBe(true);
  });
});

describe('for the desktop shell', () => {
  it('gives the stored path, and a read-only copy under the original name', async () => {
    const app = openTempApp();
    const added = await attach(app, (await entry(app)).id, PDF, '正式文件.pdf');
    expect(attachmentPath(app.ctx, added.id)).toBe(blobPath(app.ctx.dataDir, added.sha256));
    const copy = copyForViewing(app.ctx, added.id, tempDir());
    expect(path.basename(copy)).toBe('正式文件.pdf');
    expect(fs.readFileSync(copy).equals(PDF)).toBe(true);
    expect(copyForViewing(app.ctx, added.id, path.dirname(path.dirname(copy)))).toBe(copy);
    expect(() => attachmentPath(app.ctx, '00000000-0000-4000-8000-000000000000')).toThrow('找不到这份佐证材料');
  });

  it('removes files a crash left without a database row, and keeps the rest', async () => {
    const app = openTempApp();
    const kept = await attach(app, (await entry(app)).id, PDF, '留下.pdf');
    const stray = path.join(app.ctx.dataDir, 'attachments', 'ab', 'ab'.padEnd(64, '0'));
    fs.mkdirSync(path.dirname(stray), { recursive: true });
    fs.writeFileSync(stray, 'x');
    expect(removeOrphanFiles(app.ctx.db, app.ctx.dataDir)).toBe(1);
    expect(fs.existsSync(stray)).toBe(false);
    expect(fs.existsSync(blobPath(app.ctx.dataDir, kept.sha256))).toBe(true);
  });
});

describe('migration 0003 (佐证材料)', () => {
  it('uses STRICT tables, refuses an unknown blob, and cascades when an entry is purged', async () => {
    const app = openTempApp();
    const activity = await entry(app);
    await attach(app, activity.id, PDF, '方案.pdf');
    const db = app.ctx.db;
    expect(() => db.prepare("INSERT INTO blobs (sha256, size, mime, created_at) VALUES (?, 'big', 'x', 'n')").run('a'.repeat(64))).toThrow(/cannot store TEXT value in INTEGER column/);
    expect(() =>
      db.prepare("INSERT INTO attachments (id, activity_id, sha256, kind, original_name, added_at, position) VALUES ('x', ?, ?, '其他', 'a.pdf', 'n', 9)").run(activity.id, 'b'.repeat(64)),
    ).toThrow(/FOREIGN KEY/);
    db.prepare('DELETE FROM activity_tags WHERE activity_id = ?').run(activity.id);
    db.prepare('DELETE FROM activities WHERE id = ?').run(activity.id);
    expect(count(app, 'attachments')).toBe(0);
  });
});
