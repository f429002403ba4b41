import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../electron/cli/fazhi';
import { stageFile } from '../../electron/attachments/stage-upload';
import { stagingDir } from '../../electron/attachments/storage-paths';
import { receiveUpload } from '../../electron/server/receive-upload';
import { startWebServer } from '../../electron/server/http-server';
import { backupsDir } from '../../electron/backup/backup-paths';
import type { OpenApp } from '../../electron/open-app';
import { openApp } from '../../electron/open-app';
import type { WireResult } from '../../shared/contract/wire';
import { inDir, writeCsv } from '../helpers/ledger-files';
import { addEntry, exportPackage, stageBytes, unitApp } from '../helpers/package-fixtures';
import { canMountSmallDisk, fillDisk, mountSmallDisk } from '../helpers/small-disk';
import { tempDir } from '../helpers/temp-app';
import { signedInSite, withCookie } from '../helpers/web-session';

// A real full disk: a small tmpfs filled to the last byte (the tests need root to mount it and are
// skipped otherwise). Every route that writes must answer in Chinese, name the data folder, say what
// to do, and leave nothing half-written.

const FULL = '磁盘空间已满：';
const CLEAN_UP = '请清理磁盘（删除不需要的文件、清空回收站）后重试。';

const signalListeners = new Set([...process.listeners('SIGINT'), ...process.listeners('SIGTERM')]);
afterEach(() => {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    for (const listener of process.listeners(signal)) if (!signalListeners.has(listener)) process.off(signal, listener);
  }
});

/**
 * Leaves committed changes in the store's WAL, as a process that was killed would: a separate
 * Node process writes them and is SIGKILLed before it can fold the WAL back.
 */
function leaveChangesInWal(databasePath: string): void {
  const script = `
    const Database = require('better-sqlite3');
    const db = new Database(process.argv[1]);
    db.pragma('wal_autocheckpoint = 0');
    db.prepare('UPDATE activities SET details = ?').run('宣传材料'.repeat(4000));
    process.kill(process.pid, 'SIGKILL');`;
  const run = spawnSync(process.execPath, ['-e', script, databasePath], { cwd: path.resolve(__dirname, '..', '..') });
  expect(run.signal).toBe('SIGKILL');
  expect(fs.statSync(`${databasePath}-wal`).size).toBeGreaterThan(0);
}

function openOn(dataDir: string): OpenApp {
  return openApp({ dataDir, shell: 'cli', log: () => undefined });
}

function failure(answer: WireResult<unknown>): { code: string; message: string } {
  if (answer.ok) throw new Error('expected the operation to fail on a full disk');
  return answer.error;
}

function entryCount(app: OpenApp): number {
  return app.ctx.db.prepare('SELECT count(*) FROM activities').pluck().get() as number;
}

/** Creates entries until the disk refuses one (the WAL may still have room for the first few). */
async function createUntilRefused(app: OpenApp): Promise<{ created: number; answer: WireResult<unknown> }> {
  for (let created = 0; created < 200; created++) {
    const answer = await app.registry.invoke('activities.create', { date: '2024-03-15', categoryId: 1, title: `宪法宣传${created}`, summary: '在广场开展宪法宣传，发放宣传材料'.repeat(20) });
    if (!answer.ok) return { created, answer };
  }
  throw new Error('the disk never filled up');
}

describe.skipIf(!canMountSmallDisk)('a full disk (real tmpfs)', () => {
  it('creating an entry says the disk is full, names the data folder and saves nothing; it works again once space is freed', async () => {
    const disk = mountSmallDisk(4096);
    const data = path.join(disk, 'data');
    const app = openOn(data);
    try {
      const filler = fillDisk(disk);
      const { created, answer } = await createUntilRefused(app);
      const error = failure(answer);
      expect(error.code).toBe('storage');
      expect(error.message).toBe(`${FULL}数据文件夹 ${data} 所在的磁盘没有剩余空间，刚才的操作没有保存。${CLEAN_UP}`);
      expect(entryCount(app)).toBe(created);
      fs.rmSync(filler);
      expect((await app.registry.invoke('activities.create', { date: '2024-03-15', categoryId: 1, title: '宪法宣传' })).ok).toBe(true);
      expect(entryCount(app)).toBe(created + 1);
    } finally {
      app.close();
    }
  });

  it('over HTTP, an operation refused for a full disk answers 507 with the same Chinese message', async () => {
    const disk = mountSmallDisk(4096);
    const data = path.join(disk, 'data');
    const app = openOn(data);
    const rendererDir = tempDir('fazhi-renderer-');
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>法治台账</title>');
    const server = await startWebServer({ registry: app.registry, rendererDir });
    try {
      const site = await signedInSite(server);
      fillDisk(disk);
      let res: Response | undefined;
      for (let i = 0; i < 200 && (!res || res.status === 200); i++) {
        res = await fetch(`${server.url}api/activities.create`, {
          method: 'POST',
          headers: withCookie(site, { 'Content-Type': 'application/json' }),
          body: JSON.stringify({ date: '2024-03-15', categoryId: 1, title: `宪法宣传${i}`, summary: '在广场开展宪法宣传，发放宣传材料'.repeat(20) }),
        });
      }
      expect(res?.status).toBe(507);
      const body = (await res!.json()) as { ok: false; error: { code: string; message: string } };
      expect(body.error.code).toBe('storage');
      expect(body.error.message).toBe(`${FULL}数据文件夹 ${data} 所在的磁盘没有剩余空间，刚才的操作没有保存。${CLEAN_UP}`);
    } finally {
      await server.close();
      app.close();
    }
  });

  it('a spreadsheet import, a backup and an export say the disk is full, and leave no half-written file', async () => {
    const disk = mountSmallDisk(4096);
    const data = path.join(disk, 'data');
    const app = openOn(data);
    try {
      await app.registry.call('activities.create', { date: '2024-03-15', categoryId: 1, title: '宪法宣传' });
      const csv = writeCsv(inDir(tempDir(), '台账.csv'), [
        ['日期', '类别', '事项标题'],
        ['2024-04-15', '普法', '集体学法'],
      ]);
      const staged = await stageFile(app.ctx.dataDir, csv);
      expect((await app.registry.call('ledger.import.preview', { stagedId: staged.stagedId, fileName: '台账.csv' })).readyCount).toBe(1);
      fillDisk(disk);

      const imported = failure(await app.registry.invoke('ledger.import.commit', { stagedId: staged.stagedId, fileName: '台账.csv' }));
      expect(imported.code).toBe('storage');
      expect(imported.message).toBe(`为保护数据，导入没有进行。${FULL}文件夹 ${backupsDir(data)} 所在的磁盘没有剩余空间，备份没有完成（数据本身没有受影响）。${CLEAN_UP}`);
      expect(entryCount(app)).toBe(1);

      const backup = failure(await app.registry.invoke('backup.create', {}));
      expect(backup.code).toBe('storage');
      expect(backup.message).toContain(`${FULL}文件夹 ${backupsDir(data)} 所在的磁盘没有剩余空间，备份没有完成`);
      expect(fs.readdirSync(backupsDir(data))).toEqual([]);

      const exported = failure(await app.registry.invoke('ledger.export', {}));
      expect(exported.code).toBe('storage');
      expect(exported.message).toBe(`${FULL}文件夹 ${path.join(data, 'exports')} 所在的磁盘没有剩余空间，导出的文件没有保存。${CLEAN_UP}`);
      expect(fs.readdirSync(path.join(data, 'exports'))).toEqual([]);

      const packaged = failure(await app.registry.invoke('package.export', {}));
      expect(packaged.code).toBe('storage');
      expect(packaged.message).toContain(FULL);
      expect(packaged.message).not.toMatch(/[A-Za-z]{4,} [a-z]{2,}/);
    } finally {
      app.close();
    }
  });

  it('a browser-mode upload onto a full disk names the data folder and leaves no staged part behind', async () => {
    const disk = mountSmallDisk(4096);
    const data = path.join(disk, 'data');
    const app = openOn(data);
    try {
      fillDisk(disk);
      async function* photo(): AsyncIterable<Buffer> {
        yield Buffer.from([0xff, 0xd8, 0xff, 0xe0]);
        for (let i = 0; i < 64; i++) yield Buffer.alloc(64 * 1024, 7);
      }
      const reply = await receiveUpload(app.registry, photo(), { name: '现场照片.jpg', contentType: 'application/octet-stream', declaredLength: 0 }, 50 * 1024 * 1024);
      const answer = (reply.body as { json: { ok: false; error: { code: string; message: string } } }).json;
      // 507 Insufficient Storage: the host's log and a colleague's browser tools tell a full disk from bad input.
      expect(reply.status).toBe(507);
      expect(answer.error.code).toBe('storage');
      expect(answer.error.message).toBe(`${FULL}数据文件夹 ${data} 所在的磁盘没有剩余空间，“现场照片.jpg”没有保存。${CLEAN_UP}`);
      const staging = stagingDir(data);
      expect(fs.existsSync(staging) ? fs.readdirSync(staging) : []).toEqual([]);
    } finally {
      app.close();
    }
  });

  it('a data package merged onto a full disk is not called damaged: the disk is', async () => {
    const sender = await unitApp('某某街道办事处');
    await addEntry(sender, { title: '街道普法' });
    const zip = await exportPackage(sender);

    const disk = mountSmallDisk(4096);
    const data = path.join(disk, 'data');
    const app = openOn(data);
    try {
      await app.registry.call('unit.update', { name: '某某县司法局', type: '政府部门' });
      const stagedId = stageBytes(app, fs.readFileSync(zip));
      fillDisk(disk);
      const merged = failure(await app.registry.invoke('package.import', { stagedId, fileName: path.basename(zip), mode: 'merge' }));
      expect(merged.code).toBe('storage');
      expect(merged.message).toContain(`${FULL}数据文件夹 ${data} 所在的磁盘没有剩余空间`);
      expect(merged.message).not.toContain('损坏');
      expect(entryCount(app)).toBe(0);
    } finally {
      app.close();
    }
  });

  it('closing with the disk full does not throw; the saved entries are all there at the next open', async () => {
    const disk = mountSmallDisk(4096);
    const data = path.join(disk, 'data');
    const app = openOn(data);
    for (let i = 0; i < 40; i++) await app.registry.call('activities.create', { date: '2024-03-15', categoryId: 1, title: `宪法宣传${i}`, summary: '发放宣传材料'.repeat(40) });
    const filler = fillDisk(disk);
    expect(() => app.close()).not.toThrow();
    // The checkpoint really failed (this is the case under test): the WAL still holds the entries.
    expect(fs.statSync(path.join(data, 'fazhi.db-wal')).size).toBeGreaterThan(0);
    fs.rmSync(filler);
    const again = openOn(data);
    try {
      expect(entryCount(again)).toBe(40);
    } finally {
      again.close();
    }
  });

  it('browser mode stops cleanly on Ctrl+C with the disk full (no crash on closing the store)', async () => {
    const disk = mountSmallDisk(8192);
    const data = path.join(disk, 'data');
    const seed = openOn(data);
    for (let i = 0; i < 20; i++) await seed.registry.call('activities.create', { date: '2024-03-15', categoryId: 1, title: `宪法宣传${i}` });
    seed.close();
    leaveChangesInWal(path.join(data, 'fazhi.db'));

    const out: string[] = [];
    const running = runCli(['web', '--data', data], { out: (l) => out.push(l), err: (l) => out.push(l) });
    await vi.waitFor(() => expect(out.join('\n')).toMatch(/已启动：http:\/\/127\.0\.0\.1:\d+\//));
    // The start-up backup finishes first, so the disk is full exactly when the store closes.
    await vi.waitFor(() => expect(fs.readdirSync(backupsDir(data)).some((f) => f.endsWith('.db'))).toBe(true), { timeout: 10_000 });
    fillDisk(disk);
    process.emit('SIGINT', 'SIGINT');
    expect(await running).toBe(0);
    expect(fs.statSync(path.join(data, 'fazhi.db-wal')).size).toBeGreaterThan(0);
  });
});
