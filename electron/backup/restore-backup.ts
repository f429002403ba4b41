import path from 'node:path';
import type { BackupRestored } from '../../shared/domain/backup';
import { replaceStoreContents } from '../store/replace-store';
import { backupsDir } from './backup-paths';
import { readBackupSettings, writeBackupSettings } from './backup-settings';
import type { BackupSource } from './create-backup';
import { createBackup } from './create-backup';
import { findBackup } from './find-backup';
import { publicEntry } from './list-backups';
import { pruneBackups } from './prune-backups';

export const RESTORE_REASON = '恢复前';

/**
 * Restores a backup into the open store. The current state is backed up first (恢复前), so the
 * restore can itself be undone by restoring that backup. The rows are replaced in one transaction
 * on the open connection (replaceStoreContents checks a migrated copy of the backup first), so a
 * crash leaves the old state or the restored one, nothing in between. This machine's backup
 * settings (retention, extra folder) are not part of what is restored, and no session survives it.
 */
export async function restoreBackup(source: BackupSource, fileName: string): Promise<BackupRestored> {
  const chosen = findBackup(source.dataDir, fileName);
  const settings = readBackupSettings(source.db);
  const undo = await createBackup(source, RESTORE_REASON, { prune: false });
  const { entries } = replaceStoreContents(source.db, chosen.path, { workDir: path.join(backupsDir(source.dataDir), '.work') });
  const now = source.now();
  // The backup's sessions were open when it was taken; restored, they would let old cookies back in
  // (and accounts may now have other passwords or roles). Everyone signs in again.
  source.db.prepare("UPDATE sessions SET ended_at = ?, end_reason = 'forced' WHERE ended_at IS NULL").run(now);
  writeBackupSettings(source.db, settings, now);
  pruneBackups(backupsDir(source.dataDir), settings, now);
  return { restored: publicEntry(chosen), undoBackup: publicEntry(undo.backup), entries };
}
