import { z } from 'zod';
import { requiredLine, uuid } from '../validation/fields';
import type { FieldLabels } from '../validation/format-issues';

// A data package (数据包): one .zip holding a consistent copy of the store, the attachment files its
// rows refer to, and manifest.json naming every file with its size and SHA-256. Used to move to a new
// computer (replace) and to consolidate departments' or subordinate units' 台账 (merge, 汇总).

export const PACKAGE_FORMAT = 'fazhi-ledger-package';
export const PACKAGE_FORMAT_VERSION = 1;
export const PACKAGE_DATABASE_ENTRY = 'fazhi.db';
export const PACKAGE_MANIFEST_ENTRY = 'manifest.json';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const packageManifestSchema = z
  .object({
    format: z.literal(PACKAGE_FORMAT),
    formatVersion: z.number().int().positive(),
    appVersion: z.string().max(50),
    schemaVersion: z.number().int().positive(),
    unitName: z.string().max(200),
    /**
     * The exporting data folder's own identity (单位标识), stable across its packages. Only a package
     * stating the id an entry was merged under may update that entry. Packages from builds before it
     * have none: they are identified by unitName (see electron/package/package-sender.ts).
     */
    originId: uuid.optional(),
    exportedAt: z.string().max(40),
    counts: z.record(z.string().max(60), z.number().int().min(0)),
    files: z.array(z.object({ path: z.string().min(1).max(200), size: z.number().int().min(0), sha256 })).max(70_000),
    /** Attachment files the rows name but the exporting folder no longer had. */
    missingFiles: z.array(sha256).max(70_000).default([]),
  })
  .strict();
export type PackageManifest = z.output<typeof packageManifestSchema>;

/** What a merge would do, or did. */
export interface MergeCounts {
  added: number;
  updated: number;
  unchanged: number;
  conflicts: number;
  /** Entries in the package's trash that were never merged here: nothing to take over. */
  skippedTrashed: number;
  /** Categories the package uses that this unit did not have, created by the merge. */
  newCategories: string[];
}

export interface PackageSummary {
  stagedId: string;
  unitName: string;
  exportedAt: string;
  appVersion: string;
  schemaVersion: number;
  entries: number;
  trashedEntries: number;
  attachments: number;
  files: number;
  bytes: number;
  /** The package bears this unit's name (it may still be another data folder, with its own origin id). */
  sameUnit: boolean;
  /** Why 合并 would refuse this package (it claims to be this unit, or names no unit); null when it may merge. */
  mergeRefusal: string | null;
  /** What 合并 would do now. */
  merge: MergeCounts;
}

export type ImportMode = 'replace' | 'merge';

export interface PackageImportResult extends MergeCounts {
  mode: ImportMode;
  unitName: string;
  /** Replace: how many entries the store now holds. */
  entries: number;
  /** Attachment files copied into this data folder (those already here are not copied again). */
  filesAdded: number;
}

export interface PackageExport {
  exportId: string;
  fileName: string;
  entries: number;
  files: number;
  missingFiles: number;
}

/** One side of a conflict, as shown side by side. */
export interface ConflictSide {
  fields: Record<string, string>;
  /** Set when that side has the entry in its trash. */
  trashed: boolean;
}

export interface MergeConflict {
  id: number;
  activityId: string;
  origin: string;
  title: string;
  detectedAt: string;
  local: ConflictSide;
  incoming: ConflictSide;
  /** Labels of the fields that differ, in display order. */
  differing: string[];
}

export const CONFLICT_KEEP = ['local', 'incoming'] as const;

export const packageStagedInput = z.object({ stagedId: uuid, fileName: requiredLine(200) }).strict();
export const packageImportInput = z.object({ stagedId: uuid, fileName: requiredLine(200), mode: z.enum(['replace', 'merge']) }).strict();
export const conflictResolveInput = z.object({ id: z.number().int().positive(), keep: z.enum(CONFLICT_KEEP) }).strict();

export const PACKAGE_LABELS: FieldLabels = { stagedId: '上传的数据包', fileName: '文件名', mode: '导入方式', id: '冲突编号', keep: '保留哪一方' };
