import type Database from 'better-sqlite3';
import type { BackupCreated } from '../../shared/domain/backup';
import { AppError } from '../../shared/errors';
import { backupsDir } from './backup-paths';
import { readBackupSettings } from './backup-settings';
import { changeMarker } from './change-marker';
import { copyToExtraFolder, extraBackupsDir } from './copy-to-extra-folder';
import { writeExtraFolderNote } from './extra-folder-note';
import type { ListedBackup } from './list-backups';
import { listBackups } from './list-backups';
import { pruneBackups } from './prune-backups';
import { writeBackup, writeBackupSync } from './write-backup';

/** What taking a backup needs from the app: the open store, its folder, the clock. */
export interface BackupSource {
  db: Database.Database;
  dataDir: string;
  now(): string;
}

export interface CreatedBackup extends Omit<BackupCreated, 'backup'> {
  backup: ListedBackup;
}

/** After a backup: the extra copy (reported, never thrown) and the retention rule, in both folders. */
function afterBackup(source: BackupSource, backup: ListedBackup, now: string, prune: boolean): CreatedBackup {
  const settings = readBackupSettings(source.db);
  writeExtraFolderNote(source.dataDir, settings.extraFolder);
  const pruned = prune ? pruneBackups(backupsDir(source.dataDir), settings, now) : [];
  if (!settings.extraFolder) return { backup, pruned };
  const extraCopy = copyToExtraFolder(backup.path, settings.extraFolder);
  if (extraCopy.ok && prune) pruneBackups(extraBackupsDir(settings.extraFolder), settings, now);
  return { backup, pruned, extraCopy };
}

/**
 * Takes a verified backup now. `prune: false` keeps every existing backup (a restore must not remove
 * the very backup it is about to read).
 */
export async function createBackup(source: BackupSource, reason: string, options: { prune?: boolean } = {}): Promise<CreatedBackup> {
  const now = source.now();
  const backup = await writeBackup(source.db, backupsDir(source.dataDir), reason, now, changeMarker(source.db));
  return afterBackup(source, backup, now, options.prune ?? true);
}

/** As createBackup, synchronously (VACUUM INTO), for opening the store before a migration. */
export function createBackupSync(source: BackupSource, reason: string): CreatedBackup {
  const now = source.now();
  const backup = writeBackupSync(source.db, backupsDir(source.dataDir), reason, now, changeMarker(source.db));
  return afterBackup(source, backup, now, true);
}

/** The newest verified backup in the data folder, if any. */
export function latestBackup(dataDir: string): ListedBackup | undefined {
  return listBackups(backupsDir(dataDir)).find((b) => b.verified);
}

/**
 * The backup taken before an operation that changes much at once (import, merge, replace). When the
 * newest backup was taken for the same reason and the store has not changed since, it is already
 * the undo point: a retry of an import that failed (a full disk, a bad row) reuses it instead of
 * adding one backup per attempt, which on a full disk would also take the last space there is.
 */
export async function backupBeforeChange(source: BackupSource, reason: string): Promise<ListedBackup> {
  const latest = latestBackup(source.dataDir);
  if (latest?.reason === reason && latest.marker === changeMarker(source.db)) return latest;
  try {
    return (await createBackup(source, reason)).backup;
  } catch (err) {
    // The operation waiting on it does not start; say so before why ('导入前' → 导入没有进行).
    const operation = reason.replace(/前$/, '');
    if (err instanceof AppError) throw new AppError(err.code, `为保护数据，${operation}没有进行。${err.message}`);
    throw err;
  }
}

/** A backup only when the store changed since the newest one, so timed backups do not flood the list. */
export async function backupIfChanged(source: BackupSource, reason: string): Promise<CreatedBackup | null> {
  if (latestBackup(source.dataDir)?.marker === changeMarker(source.db)) return null;
  return createBackup(source, reason);
}
