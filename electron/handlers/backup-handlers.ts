import fs from 'node:fs';
import { backupsDir } from '../backup/backup-paths';
import { readBackupSettings, writeBackupSettings } from '../backup/backup-settings';
import { createBackup } from '../backup/create-backup';
import { writeExtraFolderNote } from '../backup/extra-folder-note';
import { listBackups, publicEntry } from '../backup/list-backups';
import { restoreBackup } from '../backup/restore-backup';
import { AppError } from '../../shared/errors';
import type { HandlerGroup } from './handler-types';

export const MANUAL_REASON = '手动';

export const backupHandlers: HandlerGroup<'backup.list' | 'backup.create' | 'backup.restore' | 'backup.settings.get' | 'backup.settings.update' | 'backup.openFolder'> = {
  'backup.list': (ctx) => {
    const folder = backupsDir(ctx.dataDir);
    return { folder, backups: listBackups(folder).map(publicEntry), settings: readBackupSettings(ctx.db) };
  },

  'backup.create': async (ctx) => {
    const created = await createBackup(ctx, MANUAL_REASON);
    return { ...created, backup: publicEntry(created.backup) };
  },

  'backup.restore': (ctx, { fileName }) => restoreBackup(ctx, fileName),

  'backup.settings.get': (ctx) => readBackupSettings(ctx.db),

  'backup.settings.update': (ctx, settings) => {
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
