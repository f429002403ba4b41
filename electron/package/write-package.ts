import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { PackageManifest } from '../../shared/domain/data-package';
import { PACKAGE_DATABASE_ENTRY, PACKAGE_FORMAT, PACKAGE_FORMAT_VERSION, PACKAGE_MANIFEST_ENTRY } from '../../shared/domain/data-package';
import { AppError } from '../../shared/errors';
import type { AppContext } from '../app-context';
import { blobPath } from '../attachments/storage-paths';
import { ZIP_MAX_BYTES, ZIP_MAX_FILES, ZipFileWriter } from '../report/ledger/zip-file-writer';
import { removeAuditLog } from '../store/audit-store';
import { removeHostOnlyRows } from '../store/host-only-tables';
import { ensureOwnOriginId } from '../store/unit-origin-store';
import { packageWorkRoot } from './read-package';

// 导出数据包: SQLite's online backup gives a consistent copy of the store while the app keeps
// running; the zip then holds that copy, every attachment file its rows name, and manifest.json
// with the size and SHA-256 of each, streamed file by file. The manifest states who sends it: the
// unit name and this folder's origin id, by which a receiving unit lets only us update what we sent.

export interface WrittenPackage {
  entries: number;
  files: number;
  missingFiles: number;
  unitName: string;
}

function countsOf(db: Database.Database): Record<string, number> {
  const count = (sql: string) => db.prepare(sql).pluck().get() as number;
  return {
    activities: count('SELECT count(*) FROM activities WHERE deleted_at IS NULL'),
    trashedActivities: count('SELECT count(*) FROM activities WHERE deleted_at IS NOT NULL'),
    attachments: count('SELECT count(*) FROM attachments'),
    categories: count('SELECT count(*) FROM categories'),
    history: count('SELECT count(*) FROM activity_history'),
  };
}

/** Writes the package to `file`, which must not exist yet (the caller chose a fresh name). */
export async function writePackage(ctx: AppContext, file: string): Promise<WrittenPackage> {
  const work = path.join(packageWorkRoot(ctx.dataDir), randomUUID());
  fs.mkdirSync(work, { recursive: true });
  try {
    const originId = ensureOwnOriginId(ctx.db, ctx.now());
    const snapshot = path.join(work, 'snapshot.db');
    await ctx.db.backup(snapshot);
    removeHostOnlyRows(snapshot);
    removeAuditLog(snapshot);
    const copy = new Database(snapshot, { readonly: true });
    let manifest: PackageManifest;
    let hashes: { sha256: string; size: number }[];
    try {
      hashes = copy.prepare('SELECT DISTINCT b.sha256, b.size FROM attachments x JOIN blobs b ON b.sha256 = x.sha256 ORDER BY b.sha256').all() as { sha256: string; size: number }[];
      manifest = {
        format: PACKAGE_FORMAT,
        formatVersion: PACKAGE_FORMAT_VERSION,
        appVersion: ctx.version,
        schemaVersion: copy.pragma('user_version', { simple: true }) as number,
        unitName: copy.prepare('SELECT name FROM unit_profile WHERE id = 1').pluck().get() as string,
        originId,
        exportedAt: ctx.now(),
        counts: countsOf(copy),
        files: [],
        missingFiles: [],
      };
    } finally {
      copy.close();
    }
    const present = hashes.filter((h) => fs.existsSync(blobPath(ctx.dataDir, h.sha256)));
    const presentSet = new Set(present);
    manifest.missingFiles = hashes.filter((h) => !presentSet.has(h)).map((h) => h.sha256);
    const total = present.reduce((sum, h) => sum + h.size, fs.statSync(snapshot).size);
    if (total > ZIP_MAX_BYTES || present.length + 2 > ZIP_MAX_FILES) {
      throw new AppError('invalid_input', `数据共 ${(total / 1024 ** 3).toFixed(1)} GB、${present.length} 个佐证材料文件，超过一个数据包能装下的上限（4 GB、65000 个文件），没有导出。`);
    }

    const zip = new ZipFileWriter(file);
    try {
      const db = await zip.addFile(PACKAGE_DATABASE_ENTRY, snapshot);
      manifest.files.push({ path: PACKAGE_DATABASE_ENTRY, size: db.size, sha256: db.sha256 });
      for (const h of present) {
        const inner = `attachments/${h.sha256.slice(0, 2)}/${h.sha256}`;
        const read = await zip.addFile(inner, blobPath(ctx.dataDir, h.sha256));
        if (read.sha256 !== h.sha256) {
          throw new AppError('conflict', `数据文件夹中的佐证材料文件 ${inner} 已损坏（内容与校验值不符），没有导出数据包。请先从备份恢复这个文件。`);
        }
        manifest.files.push({ path: inner, size: read.size, sha256: read.sha256 });
      }
      await zip.addBuffer(PACKAGE_MANIFEST_ENTRY, Buffer.from(JSON.stringify(manifest, null, 2), 'utf8'));
      await zip.finish();
    } catch (err) {
      await zip.abort();
      fs.rmSync(file, { force: true });
      throw err;
    }
    return { entries: manifest.counts.activities ?? 0, files: present.length, missingFiles: manifest.missingFiles.length, unitName: manifest.unitName };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
