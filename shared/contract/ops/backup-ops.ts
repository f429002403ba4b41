import type { BackupCreated, BackupListView, BackupRestored, BackupSettings } from '../../domain/backup';
import { BACKUP_LABELS, backupCreateInput, backupRestoreInput, backupSettingsSchema } from '../../domain/backup';
import { CONFIRM_LABELS, confirmField } from '../confirmation';
import { op } from '../operation-spec';
import { emptyInput } from './empty-input';

// Backups of the store (<data>/backups, verified, with a retention rule and an optional extra folder)
// and restore. In recovery mode (a damaged store) only backup.list and backup.restore answer.

// A restore, and a retention change that would delete backups, take a confirmation (../confirmation.ts).
// `confirm` is part of the request only: the stored settings are backupSettingsSchema without it.
const restoreInput = backupRestoreInput.extend({ confirm: confirmField });
const settingsUpdateInput = backupSettingsSchema.extend({ confirm: confirmField });
const labels = { ...BACKUP_LABELS, ...CONFIRM_LABELS };

export const backupOps = {
  'backup.list': op<BackupListView>()({ input: emptyInput, summary: '列出数据备份' }),
  'backup.create': op<BackupCreated>()({ input: backupCreateInput, summary: '立即备份数据（写入后校验）' }),
  'backup.restore': op<BackupRestored>()({ input: restoreInput, labels, summary: '从备份恢复数据（需确认；先备份当前数据，可撤销）' }),
  'backup.settings.get': op<BackupSettings>()({ input: emptyInput, summary: '读取备份设置' }),
  'backup.settings.update': op<BackupSettings>()({ input: settingsUpdateInput, labels, summary: '修改备份设置（保留规则、另存文件夹；会删除现有备份时需确认）' }),
  'backup.openFolder': op<{ opened: boolean; folder: string }>()({ input: emptyInput, summary: '打开备份文件夹（仅桌面程序）' }),
} as const;
