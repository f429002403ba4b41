import fs from 'node:fs';
import path from 'node:path';
import { backupsDir } from './backup-paths';

const TEMP = /^\..+\.tmp(-journal|-wal|-shm)?$/;
const STALE_MS = 60 * 60 * 1000;

/**
 * Removes unfinished backups a crash left behind (hidden temp files, never listed). Only those older
 * than an hour: another process on the same folder (a `fazhi backup` while the app is open) may be
 * writing one right now.
 */
export function cleanBackupTemps(dataDir: string, nowMs: number): number {
  const dir = backupsDir(dataDir);
  let removed = 0;
  for (const name of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
    if (!TEMP.test(name)) continue;
    const file = path.join(dir, name);
    if (nowMs - fs.statSync(file).mtimeMs < STALE_MS) continue;
    fs.rmSync(file, { force: true });
    removed += 1;
  }
  return removed;
}
