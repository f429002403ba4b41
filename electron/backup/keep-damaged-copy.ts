import fs from 'node:fs';
import path from 'node:path';
import { damagedDir, localStamp } from './backup-paths';
import { fsyncFile } from './sync-files';

/**
 * Copies a damaged store (and its WAL, which holds the latest changes) to <data>/damaged/, named by
 * the file's last change, so an expert can still try to rescue it whatever happens to the original.
 * Opening the same damaged file again reuses that copy instead of filling the disk.
 */
export function keepDamagedCopy(dataDir: string, databasePath: string): string {
  const dir = damagedDir(dataDir);
  fs.mkdirSync(dir, { recursive: true });
  const stamp = localStamp(fs.statSync(databasePath).mtime.toISOString());
  const copy = path.join(dir, `fazhi-${stamp}.db`);
  if (fs.existsSync(copy)) return copy;
  for (const suffix of ['-wal', '']) {
    const from = databasePath + suffix;
    if (!fs.existsSync(from)) continue;
    const tmp = `${copy}${suffix}.tmp`;
    fs.copyFileSync(from, tmp);
    fsyncFile(tmp);
    fs.renameSync(tmp, copy + suffix);
  }
  return copy;
}
