import type Database from 'better-sqlite3';
import fs from 'node:fs';
import type { PackageImportResult, PackageSummary } from '../../shared/domain/data-package';
import { AppError } from '../../shared/errors';
import type { AppContext } from '../app-context';
import { moveIntoStoreSync } from '../attachments/blob-files';
import { blobPath, stagedPath } from '../attachments/storage-paths';
import { replaceStoreContents } from '../store/replace-store';
import { getUnit } from '../store/unit-store';
import { applyMerge } from './apply-merge';
import type { MergeEntry } from './merge-entry';
import { readMergeEntries } from './merge-entry';
import { openPackageDatabase } from './open-package-database';
import { thumbnailsLater } from './package-thumbnails';
import { packageRefused } from './package-error';
import type { MergePlan } from './plan-merge';
import { planMerge } from './plan-merge';
import type { UnpackedPackage } from './read-package';
import { unpackPackage } from './read-package';

// 导入数据包: inspect (what it holds and what a merge would do) and merge. Every check runs on an
// unpacked copy in a work folder; the store is written only after all of them pass, in one transaction.

export interface OpenedPackage {
  unpacked: UnpackedPackage;
  db: Database.Database;
  entries: MergeEntry[];
}

export function stagedPackageFile(ctx: AppContext, stagedId: string, fileName: string): string {
  const file = stagedPath(ctx.dataDir, stagedId);
  if (!fs.existsSync(file)) throw new AppError('not_found', `找不到上传的“${fileName}”，可能已经导入过或已过期，请重新选择文件。`);
  return file;
}

/** Unpacks, checks and opens a package; `use` runs with it and the work folder goes afterwards. */
export async function withPackage<T>(ctx: AppContext, zipFile: string, fileName: string, use: (p: OpenedPackage) => Promise<T> | T): Promise<T> {
  const unpacked = await unpackPackage(zipFile, fileName, ctx.dataDir);
  try {
    const db = openPackageDatabase(unpacked.databaseFile, fileName);
    try {
      return await use({ unpacked, db, entries: readMergeEntries(db) });
    } finally {
      db.close();
    }
  } finally {
    fs.rmSync(unpacked.workDir, { recursive: true, force: true });
  }
}

function packageUnit(p: OpenedPackage): string {
  return getUnit(p.db).name.trim();
}

function plan(ctx: AppContext, p: OpenedPackage): MergePlan {
  return planMerge(ctx.db, p.entries, packageUnit(p), getUnit(ctx.db).name.trim());
}

export function summarize(ctx: AppContext, stagedId: string, p: OpenedPackage): PackageSummary {
  const m = p.unpacked.manifest;
  const unitName = packageUnit(p);
  return {
    stagedId,
    unitName,
    exportedAt: m.exportedAt,
    appVersion: m.appVersion,
    schemaVersion: m.schemaVersion,
    entries: p.entries.filter((e) => e.deletedAt === null).length,
    trashedEntries: p.entries.filter((e) => e.deletedAt !== null).length,
    attachments: p.entries.reduce((n, e) => n + e.attachments.length, 0),
    files: m.files.length - 1,
    bytes: m.files.reduce((n, f) => n + f.size, 0),
    sameUnit: unitName !== '' && unitName === getUnit(ctx.db).name.trim(),
    merge: plan(ctx, p).counts,
  };
}

/** Copies the package's attachment files into the store (content-addressed, so adding is harmless). */
export function copyBlobs(ctx: AppContext, blobFiles: ReadonlyMap<string, string>, wanted: Iterable<string>): string[] {
  const added: string[] = [];
  for (const sha256 of new Set(wanted)) {
    const file = blobFiles.get(sha256);
    if (!file || fs.existsSync(blobPath(ctx.dataDir, sha256))) continue;
    if (moveIntoStoreSync(ctx.dataDir, file, sha256)) added.push(sha256);
  }
  return added;
}

export async function mergePackage(ctx: AppContext, p: OpenedPackage, fileName: string): Promise<PackageImportResult> {
  const unitName = packageUnit(p);
  if (!unitName) {
    throw packageRefused(fileName, '数据包里没有填写单位名称，合并后无法区分这些台账来自哪个单位。请导出方在“设置 → 单位信息”中填写单位名称后重新导出。');
  }
  const first = plan(ctx, p);
  if (first.add.length + first.update.length + first.conflict.length + first.rebase.length === 0) {
    return { mode: 'merge', unitName, entries: 0, filesAdded: 0, ...first.counts };
  }
  await ctx.backupBeforeChange('合并前');
  const planned = [...first.add, ...first.update, ...first.conflict];
  const added = copyBlobs(ctx, p.unpacked.blobFiles, planned.flatMap((e) => e.entry.attachments.map((x) => x.sha256)));
  const now = ctx.now();
  // Planned again inside the transaction, so nothing written between the first plan and now is missed.
  const done = ctx.db.transaction(() => {
    const final = plan(ctx, p);
    applyMerge(ctx.db, final, now);
    return final;
  })();
  void thumbnailsLater(ctx, added);
  return { mode: 'merge', unitName, entries: 0, filesAdded: added.length, ...done.counts };
}

/**
 * 替换本机数据 (moving to a new computer): the package's files into the attachment store first
 * (adding content-addressed files is harmless), then every row replaced in one transaction.
 * This machine's own settings (backup folders, report faces) stay.
 */
export async function replaceFromPackage(ctx: AppContext, zipFile: string, fileName: string): Promise<PackageImportResult> {
  const unpacked = await unpackPackage(zipFile, fileName, ctx.dataDir);
  try {
    const db = openPackageDatabase(unpacked.databaseFile, fileName);
    const unitName = getUnit(db).name.trim();
    db.close();
    await ctx.backupBeforeChange('导入数据包前');
    const added = copyBlobs(ctx, unpacked.blobFiles, unpacked.blobFiles.keys());
    const replaced = replaceStoreContents(ctx.db, unpacked.databaseFile, { workDir: unpacked.workDir, keepTables: ['app_settings'] });
    void thumbnailsLater(ctx, added);
    return { mode: 'replace', unitName, entries: replaced.entries, filesAdded: added.length, added: 0, updated: 0, unchanged: 0, conflicts: 0, skippedTrashed: 0, newCategories: [] };
  } finally {
    fs.rmSync(unpacked.workDir, { recursive: true, force: true });
  }
}
