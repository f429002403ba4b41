import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { OpenApp } from '../../electron/open-app';
import { cleanStaleWork, packageWorkRoot, unpackPackage } from '../../electron/package/read-package';
import { PACKAGE_LIMITS } from '../../electron/package/package-limits';
import { addEntry, attachPdf, dumpStore, exportPackage, stageBytes, unitApp } from '../helpers/package-fixtures';
import { rejected } from '../helpers/rejected';
import { tempDir } from '../helpers/temp-app';

// Hostile and broken packages: each is refused with a Chinese message naming the problem, and the
// store (every row of every table, every attachment file) is exactly as it was.

type Files = Record<string, Uint8Array>;
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

async function validPackage(): Promise<Files> {
  const street = await unitApp('某街道办事处');
  const e = await addEntry(street, { title: '街道普法讲座' });
  await attachPdf(street, e.id);
  return unzipSync(fs.readFileSync(await exportPackage(street)));
}

function manifestOf(files: Files): { files: { path: string; size: number; sha256: string }[]; schemaVersion: number } {
  return JSON.parse(Buffer.from(files['manifest.json']!).toString('utf8'));
}

function withManifest(files: Files, change: (m: ReturnType<typeof manifestOf>) => void): Files {
  const m = manifestOf(files);
  change(m);
  return { ...files, 'manifest.json': Buffer.from(JSON.stringify(m)) };
}

/** Puts `name` in the manifest with its true size and hash, so only the property under test is wrong. */
function listed(files: Files, name: string, bytes: Uint8Array): Files {
  return withManifest({ ...files, [name]: bytes }, (m) => m.files.push({ path: name, size: bytes.length, sha256: sha(bytes) }));
}

/** Sets the external attributes of one central-directory entry (the upper 16 bits hold the Unix mode). */
function setExternalAttributes(zip: Uint8Array, name: string, attrs: number): Buffer {
  const buf = Buffer.from(zip);
  for (let p = buf.length - 22; p >= 0; p--) {
    if (buf.readUInt32LE(p) !== 0x02014b50) continue;
    const nameLength = buf.readUInt16LE(p + 28);
    if (buf.subarray(p + 46, p + 46 + nameLength).toString('utf8') === name) {
      buf.writeUInt32LE(attrs >>> 0, p + 38);
      return buf;
    }
  }
  throw new Error(`no entry ${name}`);
}

async function refusedBoth(app: OpenApp, bytes: Uint8Array): Promise<string> {
  const before = dumpStore(app);
  const stagedId = stageBytes(app, bytes);
  const inspect = await rejected(app.registry.call('package.inspect', { stagedId, fileName: '下级单位.zip' }));
  for (const mode of ['merge', 'replace'] as const) {
    const imported = await rejected(app.registry.call('package.import', { stagedId, fileName: '下级单位.zip', mode, confirm: '替换' }));
    expect(imported.message).toBe(inspect.message);
  }
  expect(inspect.message).toMatch(/^数据包“下级单位\.zip”不能导入：.+本机数据没有任何改动。$/);
  expect(dumpStore(app)).toEqual(before);
  const work = `${app.ctx.dataDir}/package-work`;
  expect(fs.existsSync(work) ? fs.readdirSync(work) : []).toEqual([]);
  return inspect.message;
}

describe('hostile and broken data packages', () => {
  async function centre() {
    const app = await unitApp('某区司法局');
    const e = await addEntry(app, { title: '局党组集体学法' });
    await attachPdf(app, e.id, Buffer.from('%PDF-1.4\n本机的文件\n%%EOF\n'));
    return app;
  }

  it('accepts the untouched package (the cases below differ from it in one thing only)', async () => {
    const app = await centre();
    const stagedId = stageBytes(app, zipSync(await validPackage()));
    expect((await app.registry.call('package.inspect', { stagedId, fileName: '下级单位.zip' })).merge.added).toBe(1);
  });

  it('refuses entry names that climb out, are absolute, use backslashes or drive letters', async () => {
    const app = await centre();
    const good = await validPackage();
    const bytes = Buffer.from('x');
    expect(await refusedBoth(app, zipSync(listed(good, '../../evil.txt', bytes)))).toContain('指向上级文件夹（..）');
    expect(await refusedBoth(app, zipSync(listed(good, 'attachments/../../evil.txt', bytes)))).toContain('指向上级文件夹');
    expect(await refusedBoth(app, zipSync(listed(good, '/etc/evil', bytes)))).toContain('是绝对路径');
    expect(await refusedBoth(app, zipSync(listed(good, 'attachments\\..\\evil', bytes)))).toContain('含有反斜杠');
    expect(await refusedBoth(app, zipSync(listed(good, 'C:/Windows/evil', bytes)))).toContain('带有盘符');
  });

  it('refuses a symbolic link entry', async () => {
    const app = await centre();
    const good = await validPackage();
    const link = 'attachments/00/link';
    const zip = zipSync(listed(good, link, Buffer.from('/etc/passwd')));
    expect(await refusedBoth(app, setExternalAttributes(zip, link, (0o120777 << 16) >>> 0))).toContain('是符号链接');
  });

  it('refuses a zip bomb by its ratio, and a package past the unpacked limit', async () => {
    const app = await centre();
    const good = await validPackage();
    const zeros = new Uint8Array(40 * 1024 * 1024);
    const bomb = zipSync(listed(good, 'fazhi.db', zeros), { level: 9 });
    expect(bomb.length).toBeLessThan(zeros.length / PACKAGE_LIMITS.maxRatio);
    expect(await refusedBoth(app, bomb)).toContain(`压缩比异常（超过 ${PACKAGE_LIMITS.maxRatio} 倍`);

    const dir = tempDir();
    fs.writeFileSync(`${dir}/p.zip`, zipSync(good));
    const small = { ...PACKAGE_LIMITS, maxUnpackedBytes: 1000 };
    const err = await rejected(unpackPackage(`${dir}/p.zip`, 'p.zip', app.ctx.dataDir, small));
    expect(err.message).toContain('解压后超过 1000 字节 的上限');
  });

  it('refuses a manifest whose hashes or sizes lie, and an attachment that does not match its own name', async () => {
    const app = await centre();
    const good = await validPackage();
    const lie = withManifest(good, (m) => {
      m.files[0]!.sha256 = '0'.repeat(64);
    });
    expect(await refusedBoth(app, zipSync(lie))).toContain('校验值（SHA-256）与清单记录的不符');
    const size = withManifest(good, (m) => {
      m.files[0]!.size += 1;
    });
    expect(await refusedBoth(app, zipSync(size))).toContain('大小与清单记录的不符');

    const blobName = Object.keys(good).find((n) => n.startsWith('attachments/'))!;
    const swapped = Buffer.from('%PDF-1.4\n被替换的内容\n%%EOF\n');
    const forged = withManifest({ ...good, [blobName]: swapped }, (m) => {
      const f = m.files.find((x) => x.path === blobName)!;
      f.size = swapped.length;
      f.sha256 = sha(swapped);
    });
    expect(await refusedBoth(app, zipSync(forged))).toContain('内容与它的校验值名称不符');
    const { [blobName]: _dropped, ...missing } = good;
    expect(await refusedBoth(app, zipSync(missing))).toContain('不在压缩包中');
    expect(await refusedBoth(app, zipSync({ ...good, 'extra.txt': Buffer.from('x') }))).toContain('不在清单中');
  });

  it('refuses a package from a newer schema', async () => {
    const app = await centre();
    const newer = withManifest(await validPackage(), (m) => {
      m.schemaVersion = 999;
    });
    expect(await refusedBoth(app, zipSync(newer))).toContain('来自更新版本的法治台账（数据版本 999');
  });

  it('refuses a truncated file, something that is not a zip, and a package without a manifest', async () => {
    const app = await centre();
    const zip = zipSync(await validPackage());
    expect(await refusedBoth(app, zip.subarray(0, Math.floor(zip.length / 2)))).toContain('文件不完整或已损坏');
    expect(await refusedBoth(app, zip.subarray(0, zip.length - 10))).toContain('文件不完整或已损坏');
    expect(await refusedBoth(app, Buffer.from('这是一个文本文件，不是压缩包。'))).toContain('不是 .zip 数据包');
    expect(await refusedBoth(app, zipSync({ 'readme.txt': Buffer.from('hi') }))).toContain('没有清单 manifest.json');
  });

  it('refuses a "database" that is not SQLite, and one that is damaged', async () => {
    const app = await centre();
    const good = await validPackage();
    const text = Buffer.from('SELECT * FROM activities; -- 这不是数据库');
    const notSqlite = withManifest({ ...good, 'fazhi.db': text }, (m) => {
      const f = m.files.find((x) => x.path === 'fazhi.db')!;
      f.size = text.length;
      f.sha256 = sha(text);
    });
    expect(await refusedBoth(app, zipSync(notSqlite))).toContain('不是 SQLite 数据库');

    const db = Buffer.from(good['fazhi.db']!);
    db.fill(0xab, 4096, db.length);
    const damaged = withManifest({ ...good, 'fazhi.db': db }, (m) => {
      const f = m.files.find((x) => x.path === 'fazhi.db')!;
      f.sha256 = sha(db);
    });
    expect(await refusedBoth(app, zipSync(damaged))).toMatch(/数据文件(已损坏|未通过完整性检查)/);
  });

  it('clears a work folder left by a crash once it is a day old, and only then', () => {
    const dataDir = tempDir();
    const old = `${packageWorkRoot(dataDir)}/old`;
    const fresh = `${packageWorkRoot(dataDir)}/fresh`;
    fs.mkdirSync(old, { recursive: true });
    fs.mkdirSync(fresh, { recursive: true });
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600 * 1000);
    fs.utimesSync(old, twoDaysAgo, twoDaysAgo);
    cleanStaleWork(dataDir);
    expect(fs.readdirSync(packageWorkRoot(dataDir))).toEqual(['fresh']);
  });
});
