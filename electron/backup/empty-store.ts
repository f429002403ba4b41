import { AppError } from '../../shared/errors';
import { isEmptyStoreFile } from '../store/open-database';
import { backupsDir } from './backup-paths';
import { latestBackup } from './create-backup';
import { listNotedExtraBackups } from './extra-folder-note';
import { listBackups } from './list-backups';

/** Shown as the start-up check's finding on the recovery page. */
export const EMPTY_STORE_DETAIL = '数据文件是空的（0 字节），台账内容已不在这个文件里（多半是复制没有完成或磁盘出错）';

/**
 * What a 0-byte fazhi.db means here. With any backup (in the data folder or the extra folder) it is
 * a lost ledger to restore: 'lost'. With none there is nothing to restore and nothing in the file to
 * lose, so it is started as a new store: 'new'. null when the file is missing or not empty.
 */
export function emptyStoreVerdict(dataDir: string, databasePath: string): 'lost' | 'new' | null {
  if (!isEmptyStoreFile(databasePath)) return null;
  const anyBackup = listBackups(backupsDir(dataDir)).length > 0 || listNotedExtraBackups(dataDir).length > 0;
  return anyBackup ? 'lost' : 'new';
}

/** For the one-shot commands, which have no recovery page: where the backup is and where to restore it. */
export function emptyStoreRefusal(dataDir: string, databasePath: string): AppError {
  const latest = latestBackup(dataDir);
  const backup = latest ? `最近一份完好的备份：${latest.path}（${latest.entryCount} 条台账）。` : '';
  return new AppError(
    'database_damaged',
    `${EMPTY_STORE_DETAIL}，程序没有把它当作新数据使用，也没有改动它。文件位置：${databasePath}。${backup}` +
      '请打开法治台账（桌面程序或浏览器模式），在“备份与恢复”中从备份恢复。',
  );
}
