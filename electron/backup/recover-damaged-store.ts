import fs from 'node:fs';
import path from 'node:path';
import type { BackupEntry } from '../../shared/domain/backup';
import { listNotedExtraBackups } from './extra-folder-note';
import { findBackup } from './find-backup';
import { publicEntry } from './list-backups';
import { fsyncDir, fsyncFile } from './sync-files';
import { verifyStoreCopy } from './verify-store-file';

/**
 * Puts a backup in place of a damaged store file. Here the file itself is replaced, not its rows: a
 * damaged file cannot be trusted to take a transaction. The backup is copied next to the store,
 * checked, flushed and renamed over it; the damaged file's WAL goes first, so the restored file can
 * never be read with another file's log. The damaged file was already copied to <data>/damaged/.
 */
export function recoverDamagedStore(dataDir: string, databasePath: string, fileName: string, nativeBinding?: string): BackupEntry {
  // The store is damaged, so its settings cannot say where the extra folder is: the note does.
  const chosen = findBackup(dataDir, fileName, listNotedExtraBackups(dataDir));
  const tmp = path.join(path.dirname(databasePath), `.${path.basename(databasePath)}.restoring.tmp`);
  try {
    fs.copyFileSync(chosen.path, tmp);
    verifyStoreCopy(tmp, nativeBinding);
    fsyncFile(tmp);
    for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(databasePath + suffix, { force: true });
    fs.renameSync(tmp, databasePath);
    fsyncDir(path.dirname(databasePath));
  } finally {
    for (const suffix of ['', '-journal']) fs.rmSync(tmp + suffix, { force: true });
  }
  return publicEntry(chosen);
}
