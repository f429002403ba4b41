import fs from 'node:fs';
import path from 'node:path';
import type { BackupEntry } from '../../shared/domain/backup';
import { BACKUP_FILE_NAME } from '../../shared/domain/backup';
import { readSidecar } from './backup-sidecar';

export interface ListedBackup extends BackupEntry {
  marker?: string;
}

/** Newest first; backups taken in the same millisecond by name. */
export function newestFirst(a: BackupEntry, b: BackupEntry): number {
  return a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : b.fileName.localeCompare(a.fileName);
}

/**
 * The backups in a folder, newest first. Only finished backups have their final name (they are
 * written under a hidden temp name and renamed after verification), so a half-written one is never
 * listed. A backup whose metadata is missing (copied in by hand) is listed as not verified.
 */
export function listBackups(dir: string): ListedBackup[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const list: ListedBackup[] = [];
  for (const fileName of names) {
    if (!BACKUP_FILE_NAME.test(fileName)) continue;
    const file = path.join(dir, fileName);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(file);
    } catch {
      continue;
    }
    if (!stat.isFile()) continue;
    const meta = readSidecar(file);
    list.push(
      meta
        ? { fileName, path: file, createdAt: meta.createdAt, reason: meta.reason, schemaVersion: meta.schemaVersion, entryCount: meta.entryCount, size: stat.size, verified: meta.verified && meta.size === stat.size, ...(meta.marker ? { marker: meta.marker } : {}) }
        : { fileName, path: file, createdAt: stat.mtime.toISOString(), reason: reasonFromName(fileName), schemaVersion: 0, entryCount: 0, size: stat.size, verified: false },
    );
  }
  return list.sort(newestFirst);
}

function reasonFromName(fileName: string): string {
  return /^fazhi-\d{8}-\d{6}-\d{3}-(.+)\.db$/.exec(fileName)?.[1] ?? '';
}

/** Drops the internal marker before the entry crosses the boundary. */
export function publicEntry(b: ListedBackup): BackupEntry {
  const { marker: _marker, ...entry } = b;
  return entry;
}
