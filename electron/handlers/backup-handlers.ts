import fs from 'node:fs';
import { backupsDir } from '../backup/backup-paths';
import { MANUAL_REASON } from '../backup/backup-reasons';
import { readBackupSettings, writeBackupSettings } from '../backup/backup-settings';
import { createBackup } from '../backup/create-backup';
import { writeExtraFolderNote } from '../backup/extra-folder-note';
import { listBackups, publicEntry } from '../backup/list-backups';
import { backupsLostByRuleChange } from '../backup/prune-backups';
import { restoreBackup } from '../backup/restore-backup';
import { AppError } from '../../shared/errors';
import type { HandlerGroup } from './handler-types';
import { requireConfirmation } from './require-confirmation';

/** Also said in recovery mode, where the damaged file is kept aside instead of backed up. */
export const RESTORE_CONSEQUENCE = '恢复会让台账回到这份备份时的样子，之后的新增和修改不在恢复后的数据中';

export const backupHandlers: HandlerGroup<'backup.list' | 'backup.create' | 'backup.restore' | 'backup.settings.get' | 'backup.settings.update' | 'backup.openFolder'> = {
  'backup.list': (ctx) => {
    const folder = backupsDir(ctx.dataDir);
    return { folder, backups: listBackups(folder).map(publicEntry), settings: readBackupSettings(ctx.db) };
  },

  'backup.create': async (ctx) => {
    const created = await createBackup(ctx, MANUAL_REASON);
    return { ...created, backup: publicEntry(created.backup) };
  },

  'backup.restore': (ctx, { fileName, confirm }) => {
    requireConfirmation('backup.restore', confirm, RESTORE_CONSEQUENCE);
    return restoreBackup(ctx, fileName);
  },

  'backup.settings.get': (ctx) => readBackupSettings(ctx.db),

  'backup.settings.update': (ctx, { confirm, ...settings }) => {
    // Only a change that would remove backups the current rule keeps needs saying so.
    const lost = backupsLostByRuleChange(backupsDir(ctx.dataDir), readBackupSettings(ctx.db), settings, ctx.now());
    if (lost.length > 0) {
      requireConfirmation('backup.settings.update', confirm, `按新的保留规则，下次备份时将删除现有的 ${lost.length} 份备份（每种操作前的备份仍各保留最新一份）`);
    }
    writeBackupSettings(ctx.db, settings, ctx.now());
    const saved = readBackupSettings(ctx.db);
    writeExtraFolderNote(ctx.dataDir, saved.extraFolder);
    return saved;
  },

  'backup.openFolder': async (ctx) => {
    if (!ctx.desktop) throw new AppError('conflict', '浏览器模式不能打开文件夹。备份文件夹位置已显示在页面上，请在文件管理器中打开。');
    const folder = backupsDir(ctx.dataDir);
    fs.mkdirSync(folder, { recursive: true });
    const failure = await ctx.desktop.openPath(folder);
    if (failure) throw new AppError('not_found', `无法打开备份文件夹“${folder}”：${failure}`);
    return { opened: true, folder };
  },
};
