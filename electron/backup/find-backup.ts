import { AppError } from '../../shared/errors';
import { backupsDir } from './backup-paths';
import type { ListedBackup } from './list-backups';
import { listBackups } from './list-backups';

/**
 * A backup of this data folder by its file name (already checked to be one of our names). `extra`:
 * also look in these (the extra folder's, for the recovery screen) when it is not in the folder.
 */
export function findBackup(dataDir: string, fileName: string, extra: readonly ListedBackup[] = []): ListedBackup {
  const found = [...listBackups(backupsDir(dataDir)), ...extra].find((b) => b.fileName === fileName);
  if (!found) throw new AppError('not_found', `找不到备份“${fileName}”，它可能已被按保留规则清理或被移走。请刷新列表后重试。`);
  return found;
}
