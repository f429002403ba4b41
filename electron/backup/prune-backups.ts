import fs from 'node:fs';
import { backupsToKeep } from '../../shared/backup/retention';
import type { BackupSettings } from '../../shared/domain/backup';
import { sidecarPath } from './backup-paths';
import { listBackups } from './list-backups';

/**
 * Removes the backups in `dir` that the retention rule no longer keeps. Only verified backups count
 * and only they are removed: a file the app cannot vouch for is left for the user to judge.
 */
export function pruneBackups(dir: string, rule: BackupSettings, now: string): string[] {
  const verified = listBackups(dir).filter((b) => b.verified);
  const keep = backupsToKeep(verified, rule, now);
  const removed: string[] = [];
  for (const b of verified) {
    if (keep.has(b.fileName)) continue;
    try {
      fs.rmSync(b.path);
      fs.rmSync(sidecarPath(b.path), { force: true });
      removed.push(b.fileName);
    } catch {
      // A backup that cannot be removed now (open elsewhere, read-only medium) is tried next time.
    }
  }
  return removed;
}
