import { MANUAL_REASON } from '../../backup/backup-reasons';
import { createBackup } from '../../backup/create-backup';
import type { CliCommand } from '../cli-types';
import { parseFlags } from '../parse-flags';
import { withDataFolder } from '../with-data-folder';

export const backupCommand: CliCommand = {
  name: 'backup',
  summary: '立即备份数据（写入后校验），并显示备份文件的位置',
  usage: 'fazhi backup [--data 数据文件夹]',
  async run(args, io) {
    const { values } = parseFlags(args, { data: { type: 'string' } });
    return withDataFolder(values.data, {}, async (app) => {
      const { backup, extraCopy } = await createBackup(app.ctx, MANUAL_REASON);
      io.out(backup.path);
      io.err(`已备份并校验：${backup.entryCount} 条台账，${(backup.size / 1024 / 1024).toFixed(1)} MB。`);
      if (extraCopy && !extraCopy.ok) io.err(`另存到备份文件夹没有成功：${extraCopy.error ?? ''}（本机的备份已完成）`);
      else if (extraCopy) io.err(`已另存一份到：${extraCopy.folder}`);
      return 0;
    });
  },
};
