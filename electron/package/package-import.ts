import type Database from 'better-sqlite3';
import fs from 'node:fs';
import type { PackageImportResult, PackageSummary } from '../../shared/domain/data-package';
import { AppError } from '../../shared/errors';
import type { AppContext } from '../app-context';
import { refuseLockedWrites } from '../auth/year-lock';
import { stagedPath } from '../attachments/storage-paths';
import { HOST_ONLY_TABLES } from '../store/host-only-tables';
import { replaceStoreContents } from '../store/replace-store';
import { readOwnOriginId } from '../store/unit-origin-store';
import { getUnit } from '../store/unit-store';
import { applyMerge } from './apply-merge';
import type { MergeEntry } from './merge-entry';
import { readMergeEntries } from './merge-entry';
import { storeFilesThenWrite } from './import-journal';
import { openCheckedPackage } from './open-package';
import { thumbnailsLater } from './package-thumbnails';
import { packageRefused } from './package-error';
import type { LocalUnit, PackageSender } from './package-sender';
import { mergeRefusal, packageSender } from './package-sender';
import type { MergePlan } from './plan-merge';
import { planMerge } from './plan-merge';
import type { UnpackedPackage } from './read-package';

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
  const { unpacked, db } = await openCheckedPackage(ctx, zipFile, fileName);
  try {
    return await use({ unpacked, db, entries: readMergeEntries(db) });
  } finally {
    db.close();
    fs.rmSync(unpacked.workDir, { recursive: true, force: true });
  }
}

function packageUnit(p: OpenedPackage): string {
  return getUnit(p.db).name.trim();
}

/** Who sent it: the origin id its manifest states (else its unit name), and the unit name in its data. */
function senderOf(p: OpenedPackage): PackageSender {
  return packageSender(p.unpacked.manifest, packageUnit(p));
}

function thisUnit(ctx: AppContext): LocalUnit {
  return { id: readOwnOriginId(ctx.db), name: getUnit(ctx.db).name.trim() };
}

function plan(ctx: AppContext, p: OpenedPackage): MergePlan {
  return planMerge(ctx.db, p.entries, senderOf(p), thisUnit(ctx));
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
    // The files it would store: those its rows name (anything else in the zip is never unpacked).
    files: p.unpacked.blobFiles.size,
    bytes: m.files.reduce((n, f) => n + f.size, 0),
    sameUnit: unitName !== '' && unitName === getUnit(ctx.db).name.trim(),
    mergeRefusal: mergeRefusal(senderOf(p), thisUnit(ctx)),
    merge: plan(ctx, p).counts,
  };
}

/** A merge that would add or change an entry of a locked year is refused whole (electron/auth/year-lock.ts). */
function refuseLockedMerge(ctx: AppContext, planned: MergePlan): void {
  const writes = [...planned.add, ...planned.update].map((e) => ({ id: e.entry.id, date: String(e.entry.content.date) }));
  refuseLockedWrites(ctx.db, writes, '数据包中有已锁定年度台账的新增或修改：');
}

export async function mergePackage(ctx: AppContext, p: OpenedPackage, fileName: string): Promise<PackageImportResult> {
  const unitName = packageUnit(p);
  // Before any write (the backup included): no unit name, or a package passing for this unit itself.
  const refusal = mergeRefusal(senderOf(p), thisUnit(ctx));
  if (refusal) throw packageRefused(fileName, refusal);
  const first = plan(ctx, p);
  if (first.add.length + first.update.length + first.conflict.length + first.rebase.length === 0) {
    return { mode: 'merge', unitName, entries: 0, filesAdded: 0, ...first.counts };
  }
  refuseLockedMerge(ctx, first);
  await ctx.backupBeforeChange('合并前');
  const planned = [...first.add, ...first.update, ...first.conflict];
  const now = ctx.now();
  const wanted = planned.flatMap((e) => e.entry.attachments.map((x) => x.sha256));
  // Planned again inside the transaction, so nothing written between the first plan and now is missed.
  const { result: done, added } = storeFilesThenWrite(ctx.db, ctx.dataDir, p.unpacked.workDir, p.unpacked.blobFiles, wanted, () =>
    ctx.db.transaction(() => {
      const final = plan(ctx, p);
      refuseLockedMerge(ctx, final);
      applyMerge(ctx.db, final, now);
      return final;
    })(),
  );
  void thumbnailsLater(ctx, added);
  return { mode: 'merge', unitName, entries: 0, filesAdded: added.length, ...done.counts };
}

/**
 * 替换本机数据 (moving to a new computer): the files the package's rows name into the attachment
 * store first (and taken back if the replace fails), then every row replaced in one transaction from
 * the package's database as the intake left it. This machine's own settings (backup folders, report
 * faces) stay, and so do its old files: the 导入数据包前 backup names them.
 */
export async function replaceFromPackage(ctx: AppContext, zipFile: string, fileName: string): Promise<PackageImportResult> {
  const { unpacked, db } = await openCheckedPackage(ctx, zipFile, fileName);
  try {
    const unitName = getUnit(db).name.trim();
    // Closed before the copy: the intake's changes must be in the file, not in its WAL.
    db.close();
    await ctx.backupBeforeChange('导入数据包前');
    const { result: replaced, added } = storeFilesThenWrite(ctx.db, ctx.dataDir, unpacked.workDir, unpacked.blobFiles, unpacked.blobFiles.keys(), () =>
      replaceStoreContents(ctx.db, unpacked.databaseFile, { workDir: unpacked.workDir, keepTables: ['app_settings', ...HOST_ONLY_TABLES] }),
    );
    void thumbnailsLater(ctx, added);
    return { mode: 'replace', unitName, entries: replaced.entries, filesAdded: added.length, added: 0, updated: 0, unchanged: 0, conflicts: 0, skippedTrashed: 0, newCategories: [] };
  } finally {
    if (db.open) db.close();
    fs.rmSync(unpacked.workDir, { recursive: true, force: true });
  }
}
