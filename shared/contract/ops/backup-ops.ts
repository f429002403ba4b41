import type { BackupCreated, BackupListView, BackupRestored, BackupSettings } from '../../domain/backup';
import { BACKUP_LABELS, backupCreateInput, backupRestoreInput, backupSettingsSchema } from '../../domain/backup';
import { op } from '../operation-spec';
import { emptyInput } from './empty-input';

// Backups of the store (<data>/backups, verified, with a retention rule and an optional extra folder)
// and restore. In recovery mode (a damaged store) only backup.list and backup.restore answer.

export const backupOps = {
  'backup.list': op<BackupListView>()({ input: emptyInput, summary: '列出数据备份' }),
  'backup.create': op<BackupCreated>()({ input: backupCreateInput, summary: '立即备份数据（写入后校验）' }),
  'backup.restore': op<BackupRestored>()({ input: backupRestoreInput, labels: BACKUP_LABELS, summary: '从备份恢复数据（先备份当前数据，可撤销）' }),
  'backup.settings.get': op<BackupSettings>()({ input: emptyInput, summary: '读取备份设置' }),
  'backup.settings.update': op<BackupSettings>()({ input: backupSettingsSchema, labels: BACKUP_LABELS, summary: '修改备份设置（保留规则、另存文件夹）' }),
  'backup.openFolder': op<{ opened: boolean; folder: string }>()({ input: emptyInput, summary: '打开备份文件夹（仅桌面程序）' }),
} as const;
