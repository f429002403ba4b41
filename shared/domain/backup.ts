import { z } from 'zod';
import type { FieldLabels } from '../validation/format-issues';

// Backups of the store: what the list shows, the retention rule the user sets, the extra folder.

/** How many of each kind the user may ask to keep; stated in the form and in the error messages. */
export const BACKUP_LIMITS = {
  keepLast: { min: 1, max: 100 },
  keepDaily: { min: 0, max: 365 },
  keepMonthly: { min: 0, max: 120 },
  intervalHours: { min: 1, max: 24 },
  extraFolder: { max: 500 },
} as const;

const L = BACKUP_LIMITS;

export const backupSettingsSchema = z
  .object({
    keepLast: z.number().int().min(L.keepLast.min).max(L.keepLast.max),
    keepDaily: z.number().int().min(L.keepDaily.min).max(L.keepDaily.max),
    keepMonthly: z.number().int().min(L.keepMonthly.min).max(L.keepMonthly.max),
    intervalHours: z.number().int().min(L.intervalHours.min).max(L.intervalHours.max),
    /** '' = none. An absolute folder (a USB disk, a network share) that receives a copy of each backup. */
    extraFolder: z
      .string()
      .trim()
      .max(L.extraFolder.max)
      // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here
      .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), { message: '不能含换行或控制字符' })
      .refine((s) => s === '' || /^([A-Za-z]:[\\/]|\\\\|\/)/.test(s), { message: '请填写完整路径，例如 E:\\台账备份 或 \\\\服务器\\共享\\台账备份' }),
  })
  .strict();

export type BackupSettings = z.infer<typeof backupSettingsSchema>;

export const DEFAULT_BACKUP_SETTINGS: BackupSettings = { keepLast: 10, keepDaily: 30, keepMonthly: 12, intervalHours: 4, extraFolder: '' };

export const BACKUP_SETTING_LABELS: FieldLabels = {
  keepLast: '保留最近的备份份数',
  keepDaily: '按天保留的天数',
  keepMonthly: '按月保留的月数',
  intervalHours: '自动备份间隔（小时）',
  extraFolder: '另存备份的文件夹',
};

/** Backup file names as written by this app: no folders, nothing else. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here
export const BACKUP_FILE_NAME = /^fazhi-\d{8}-\d{6}-\d{3}-[^\\/:*?"<>|\u0000-\u001f]{1,20}\.db$/;

export const backupRestoreInput = z
  .object({ fileName: z.string().max(80).regex(BACKUP_FILE_NAME, { message: '不是本程序的备份文件名' }) })
  .strict();

export const backupCreateInput = z.object({}).strict();

export const BACKUP_LABELS: FieldLabels = { ...BACKUP_SETTING_LABELS, fileName: '备份文件' };

/** One verified backup, as its sidecar describes it. */
export interface BackupEntry {
  fileName: string;
  /** Absolute path, so the user can find it. */
  path: string;
  /** ISO time the backup was taken. */
  createdAt: string;
  /** Short Chinese label: 手动, 自动, 启动时, 迁移前, 导入前, 恢复前, 合并前 … */
  reason: string;
  schemaVersion: number;
  /** Entries in the backup (the trash included). */
  entryCount: number;
  size: number;
  /** Opened and integrity-checked after writing. */
  verified: boolean;
}

export interface ExtraCopyResult {
  folder: string;
  ok: boolean;
  /** Why the copy failed (the local backup is fine). */
  error?: string;
}

export interface BackupCreated {
  backup: BackupEntry;
  /** Present when an extra folder is set. */
  extraCopy?: ExtraCopyResult;
  /** Backups removed by the retention rule. */
  pruned: string[];
}

export interface BackupListView {
  folder: string;
  backups: BackupEntry[];
  settings: BackupSettings;
}

export interface BackupRestored {
  restored: BackupEntry;
  /** The backup of the state before the restore (to undo it); null when restoring a damaged store. */
  undoBackup: BackupEntry | null;
  entries: number;
}
