import fs from 'node:fs';
import path from 'node:path';
import type { ExtraCopyResult } from '../../shared/domain/backup';
import { sidecarPath } from './backup-paths';
import { fsyncFile } from './sync-files';

/** Backups in the extra folder go into this subfolder, so the app only ever touches its own files there. */
export const EXTRA_SUBFOLDER = '法治台账备份';

export function extraBackupsDir(extraFolder: string): string {
  return path.join(extraFolder, EXTRA_SUBFOLDER);
}

function why(err: unknown, folder: string): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return `找不到文件夹“${folder}”（U 盘未插入或网络位置未连接？）`;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return `没有权限写入“${folder}”`;
  if (code === 'ENOSPC') return `“${folder}”空间不足`;
  return `${(err as Error).message}`;
}

/**
 * Copies a verified backup (and its metadata) to the extra folder. The folder itself must exist (a
 * USB disk that is not plugged in must not become an empty folder on the C: drive); only our
 * subfolder is created. A failure is reported, never thrown: the local backup is already safe.
 */
export function copyToExtraFolder(backupFile: string, extraFolder: string): ExtraCopyResult {
  try {
    if (!fs.statSync(extraFolder).isDirectory()) return { folder: extraFolder, ok: false, error: `“${extraFolder}”不是文件夹` };
    const dir = extraBackupsDir(extraFolder);
    fs.mkdirSync(dir, { recursive: true });
    const target = path.join(dir, path.basename(backupFile));
    if (fs.existsSync(target)) return { folder: dir, ok: true };
    const tmp = path.join(dir, `.${path.basename(backupFile)}.tmp`);
    try {
      fs.copyFileSync(backupFile, tmp);
      fsyncFile(tmp);
      fs.copyFileSync(sidecarPath(backupFile), sidecarPath(target));
      fs.renameSync(tmp, target);
    } finally {
      fs.rmSync(tmp, { force: true });
    }
    return { folder: dir, ok: true };
  } catch (err) {
    return { folder: extraFolder, ok: false, error: why(err, extraFolder) };
  }
}
