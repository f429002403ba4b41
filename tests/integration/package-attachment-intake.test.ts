import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { OpenApp } from '../../electron/open-app';
import { openApp } from '../../electron/open-app';
import { createRegistry } from '../../electron/registry';
import { serveAttachment } from '../../electron/server/serve-attachment';
import { addEntry, attachPdf, dumpStore, exportPackage, PDF, stageBytes, unitApp } from '../helpers/package-fixtures';
import { editPackage, storedFiles } from '../helpers/hostile-package';
import { rejected } from '../helpers/rejected';
import { openTempApp, tempDir } from '../helpers/temp-app';

// Attachments that come in a data package pass the same intake as an upload: the name is cleaned,
// the type must be on the allow-list and agree with the bytes, and the MIME type is ours, never the
// sender's. A package with a file that fails is refused before anything is written, naming the entry
// and the file. What a package brings that no row refers to is never stored.

const VIEWER = path.join(os.tmpdir(), 'fazhi-ledger-view');
const BAT = Buffer.from('@echo off\r\ndel /q C:\\Users\\Public\\*\r\n');
const HTML = Buffer.from('<html><script>alert(1)</script></html>');

async function street() {
  const app = await unitApp('某街道办事处');
  const entry = await addEntry(app, { title: '街道普法讲座', date: '2024-03-15' });
  await attachPdf(app, entry.id);
  return { app, entry, zip: new Uint8Array(fs.readFileSync(await exportPackage(app))) };
}

async function centre() {
  const app = await unitApp('某区司法局');
  const e = await addEntry(app, { title: '局党组集体学法' });
  await attachPdf(app, e.id, Buffer.from('%PDF-1.4\n本机的文件\n%%EOF\n'));
  return app;
}

async function importAs(app: OpenApp, bytes: Uint8Array, mode: 'merge' | 'replace') {
  return app.registry.call('package.import', { stagedId: stageBytes(app, bytes), fileName: '下级单位.zip', mode, confirm: '替换' });
}

function desktopOf(app: OpenApp, opened: string[]) {
  return createRegistry({ ...app.ctx, desktop: { openPath: async (file) => (opened.push(file), '') } }, () => undefined);
}

async function served(app: OpenApp, id: string) {
  return serveAttachment(app.registry, id, false, { headOnly: true, ifNoneMatch: undefined });
}

function workLeft(app: OpenApp): string[] {
  const work = path.join(app.ctx.dataDir, 'package-work');
  return fs.existsSync(work) ? fs.readdirSync(work) : [];
}

/** Refused by inspect, merge and replace alike, with the same message; nothing here changed. */
async function refusedEverywhere(app: OpenApp, bytes: Uint8Array): Promise<string> {
  const before = dumpStore(app);
  const stagedId = stageBytes(app, bytes);
  const inspect = await rejected(app.registry.call('package.inspect', { stagedId, fileName: '下级单位.zip' }));
  for (const mode of ['merge', 'replace'] as const) {
    const imported = await rejected(app.registry.call('package.import', { stagedId, fileName: '下级单位.zip', mode, confirm: '替换' }));
    expect(imported.message).toBe(inspect.message);
  }
  expect(inspect.code).toBe('invalid_input');
  expect(inspect.message).toMatch(/^数据包“下级单位\.zip”不能导入：.+本机数据没有任何改动。$/);
  expect(dumpStore(app)).toEqual(before);
  expect(workLeft(app)).toEqual([]);
  return inspect.message;
}

describe('attachments from a data package go through the upload intake', () => {
  it('cleans names that climb out of their folder and takes the MIME type from the content (merge and replace)', async () => {
    const marker = `fazhi-escape-${randomUUID()}`;
    const { entry, zip } = await street();
    const hostile = editPackage(zip, (p) => {
      p.db.prepare('UPDATE attachments SET original_name = ?').run(`../../../../tmp/${marker}.pdf`);
      p.db.prepare("UPDATE blobs SET mime = 'text/javascript'").run();
      p.attach(entry.id, Buffer.from('整改情况说明：已全部整改。'), `..\\..\\Users\\Public\\${marker}.txt`, 'text/html');
    });
    try {
      for (const mode of ['merge', 'replace'] as const) {
        const app = await centre();
        await importAs(app, hostile, mode);
        const list = await app.registry.call('attachments.list', { activityId: entry.id });
        expect(list.map((a) => [a.originalName, a.mime])).toEqual([
          [`${marker}.pdf`, 'application/pdf'],
          [`${marker}.txt`, 'text/plain'],
        ]);

        const opened: string[] = [];
        for (const a of list) await desktopOf(app, opened).call('attachments.open', { id: a.id });
        for (const file of opened) expect(path.relative(VIEWER, file).split(path.sep)).toHaveLength(2);
        expect(fs.existsSync(`/tmp/${marker}.pdf`)).toBe(false);

        const replies = await Promise.all(list.map((a) => served(app, a.id)));
        expect(replies.map((r) => [r.status, r.headers['Content-Type'], r.headers['X-Content-Type-Options']])).toEqual([
          [200, 'application/pdf', 'nosniff'],
          [200, 'text/plain', 'nosniff'],
        ]);
      }
    } finally {
      fs.rmSync(`/tmp/${marker}.pdf`, { force: true });
    }
  });

  it('refuses a package holding a program or script, or a file whose bytes contradict its name, naming the entry and the file', async () => {
    const { entry, zip } = await street();
    const app = await centre();
    const bat = editPackage(zip, (p) => p.attach(entry.id, BAT, '整改通知.bat', 'text/javascript'));
    const batMessage = await refusedEverywhere(app, bat);
    expect(batMessage).toContain('“街道普法讲座”（2024-03-15）的佐证材料“整改通知.bat”');
    expect(batMessage).toContain('不是可以导入的文件类型');

    const climbing = editPackage(zip, (p) => p.attach(entry.id, BAT, '..\\..\\Users\\Public\\evil.bat', 'application/pdf'));
    expect(await refusedEverywhere(app, climbing)).toContain('佐证材料“..\\..\\Users\\Public\\evil.bat”');

    const disguised = editPackage(zip, (p) => p.attach(entry.id, HTML, '整改报告.pdf', 'application/pdf'));
    expect(await refusedEverywhere(app, disguised)).toContain('“整改报告.pdf”的内容不是PDF文件');

    const nameless = editPackage(zip, (p) => p.attach(entry.id, PDF, '../..', 'application/pdf'));
    expect(await refusedEverywhere(app, nameless)).toContain('文件名无效');

    const reshaped = editPackage(zip, (p) => p.db.exec('ALTER TABLE attachments RENAME COLUMN original_name TO name'));
    expect(await refusedEverywhere(app, reshaped)).toContain('数据文件结构与本程序的不符');
  });

  it('a replace stores only the files the package’s attachment rows refer to', async () => {
    const { zip } = await street();
    const megabyte = 1024 * 1024;
    const hostile = editPackage(zip, (p) => {
      for (let i = 0; i < 30; i++) {
        const junk = Buffer.alloc(megabyte);
        junk.writeUInt32BE(i, 0);
        const sha = p.addFile(junk);
        // Half of them even have a blob row, just no attachment.
        if (i % 2 === 0) p.db.prepare('INSERT INTO blobs (sha256, size, mime, created_at) VALUES (?, ?, ?, ?)').run(sha, megabyte, 'application/pdf', '2024-01-01');
      }
    });
    expect(hostile.length).toBeLessThan(2 * megabyte);
    const app = await centre();
    const result = await importAs(app, hostile, 'replace');
    expect(result.filesAdded).toBe(1);
    const referenced = app.ctx.db.prepare('SELECT DISTINCT sha256 FROM attachments').pluck().all() as string[];
    const before = storedFiles(app.ctx.dataDir).filter((f) => !referenced.includes(f));
    // The one file beside the package's is this machine's own, kept for the 导入数据包前 backup.
    expect(before).toHaveLength(1);
    expect(app.ctx.db.prepare('SELECT count(*) FROM blobs').pluck().get()).toBe(1);
    expect(storedFiles(app.ctx.dataDir)).toHaveLength(2);
    expect(workLeft(app)).toEqual([]);
  });

  it('takes back the files of an import whose write fails (merge and replace)', async () => {
    const { entry, zip } = await street();
    const withText = editPackage(zip, (p) => p.attach(entry.id, Buffer.from('第二份材料'), '说明.txt', 'text/plain'));
    for (const mode of ['merge', 'replace'] as const) {
      const app = await centre();
      const files = storedFiles(app.ctx.dataDir);
      app.ctx.db.exec("CREATE TEMP TRIGGER refuse_links BEFORE INSERT ON main.attachments BEGIN SELECT RAISE(ABORT, '模拟写入失败'); END");
      await rejected(importAs(app, withText, mode));
      expect(storedFiles(app.ctx.dataDir)).toEqual(files);
      expect(workLeft(app)).toEqual([]);
    }
  });
});

describe('attachments stored before the intake existed', () => {
  function legacyRow(app: OpenApp, activityId: string, bytes: Buffer, originalName: string, mime: string): string {
    const sha = createHash('sha256').update(bytes).digest('hex');
    const file = path.join(app.ctx.dataDir, 'attachments', sha.slice(0, 2), sha);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, bytes);
    const id = randomUUID();
    app.ctx.db.prepare('INSERT OR IGNORE INTO blobs (sha256, size, mime, created_at) VALUES (?, ?, ?, ?)').run(sha, bytes.length, mime, '2024-01-01');
    app.ctx.db
      .prepare('INSERT INTO attachments (id, activity_id, sha256, kind, original_name, added_at, position) VALUES (?, ?, ?, ?, ?, ?, 9)')
      .run(id, activityId, sha, '其他', originalName, '2024-01-01');
    return id;
  }

  it('never hands a stored program to the system opener nor serves it, and opens a climbing name inside the viewer folder', async () => {
    const marker = `fazhi-legacy-${randomUUID()}`;
    const app = await unitApp('某区司法局');
    const e = await addEntry(app, { title: '整改工作' });
    const bat = legacyRow(app, e.id, BAT, `..\\..\\Users\\Public\\${marker}.bat`, 'text/javascript');
    const pdf = legacyRow(app, e.id, PDF, `../../../../tmp/${marker}.pdf`, 'text/javascript');
    const disguised = legacyRow(app, e.id, HTML, `${marker}.pdf`, 'application/pdf');
    try {
      const opened: string[] = [];
      const desktop = desktopOf(app, opened);
      for (const id of [bat, disguised]) {
        const err = await rejected(desktop.call('attachments.open', { id }));
        expect(err.message).toMatch(/为安全起见不能直接打开/);
        const reply = await served(app, id);
        expect(reply.status).toBe(409);
        expect(reply.headers['Content-Type']).toBe('application/json; charset=utf-8');
      }
      expect(opened).toEqual([]);

      await desktop.call('attachments.open', { id: pdf });
      expect(opened).toHaveLength(1);
      expect(path.relative(VIEWER, opened[0]!).split(path.sep)).toEqual([expect.any(String), `${marker}.pdf`]);
      expect(fs.existsSync(`/tmp/${marker}.pdf`)).toBe(false);
      const reply = await served(app, pdf);
      expect(reply.headers['Content-Type']).toBe('application/pdf');
      expect(reply.headers['Content-Disposition']).toContain(`filename="${marker}.pdf"`);
    } finally {
      fs.rmSync(`/tmp/${marker}.pdf`, { force: true });
    }
  });
});

describe('an import killed before it commits', () => {
  const ROOT = path.resolve(__dirname, '..', '..');

  /** The child script bundled as the build bundles the CLI (only native modules left outside). */
  async function childScript(): Promise<string> {
    const { build } = await import('esbuild');
    const outfile = path.join(tempDir('fazhi-child-'), 'die-during-import.cjs');
    await build({
      entryPoints: [path.join(ROOT, 'tests/helpers/die-during-import.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: ['better-sqlite3', 'electron', 'jimp'],
      outfile,
      logLevel: 'silent',
    });
    return outfile;
  }

  function run(script: string, args: string[]): Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [script, ...args], { env: { ...process.env, NODE_PATH: path.join(ROOT, 'node_modules') }, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.setEncoding('utf8').on('data', (c: string) => (output += c));
      child.stderr.setEncoding('utf8').on('data', (c: string) => (output += c));
      child.once('error', reject);
      child.once('exit', (code, signal) => resolve({ code, signal, output }));
    });
  }

  it('leaves files no row names, and the next start takes them back (merge and replace)', async () => {
    const { entry, zip } = await street();
    const withText = editPackage(zip, (p) => p.attach(entry.id, Buffer.from('第二份材料'), '说明.txt', 'text/plain'));
    const zipFile = path.join(tempDir(), '下级单位.zip');
    fs.writeFileSync(zipFile, withText);
    const script = await childScript();
    for (const mode of ['merge', 'replace'] as const) {
      const dataDir = tempDir();
      const first = openApp({ dataDir, shell: 'cli', log: () => undefined });
      await first.registry.call('unit.update', { name: '某区司法局', type: '政府部门' });
      const e = await addEntry(first, { title: '局党组集体学法' });
      await attachPdf(first, e.id, Buffer.from('%PDF-1.4\n本机的文件\n%%EOF\n'));
      const before = storedFiles(dataDir);
      const rows = dumpStore(first);
      first.close();

      const outcome = await run(script, [dataDir, zipFile, mode]);
      expect(outcome.signal, outcome.output).toBe('SIGKILL');
      // Killed with the package's two files moved in and not one row naming them.
      expect(storedFiles(dataDir)).toHaveLength(before.length + 2);

      const again = openTempApp(dataDir);
      expect(again.ctx.db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(storedFiles(dataDir)).toEqual(before);
      expect(dumpStore(again)).toEqual(rows);
      expect(workLeft(again)).toEqual([]);
    }
  });
});
