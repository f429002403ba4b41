import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';
import { storageError } from '../store/storage-errors';
import { backupFileName, sidecarPath, tempPathFor } from './backup-paths';
import { writeSidecar } from './backup-sidecar';
import type { ListedBackup } from './list-backups';
import { fsyncDir, fsyncFile } from './sync-files';
import { verifyStoreCopy } from './verify-store-file';

/** Why a backup could not be written, in the user's words. */
export function backupFailed(err: unknown, dir: string): AppError {
  if (err instanceof AppError) return new AppError(err.code, `备份没有完成：${err.message}`);
  // A full disk (SQLITE_FULL from the copy, ENOSPC from the sidecar) names the backup folder.
  const storage = storageError(err, { folder: dir, outcome: '备份没有完成（数据本身没有受影响）' });
  if (storage) return storage;
  return new AppError('internal', `备份没有完成：${(err as Error).message}。数据本身没有受影响。`);
}

function freeName(dir: string, now: string, reason: string): string {
  for (let attempt = 0; attempt < 1000; attempt++) {
    const name = backupFileName(now, reason, attempt);
    if (!fs.existsSync(path.join(dir, name)) && !fs.existsSync(tempPathFor(path.join(dir, name)))) return name;
  }
  throw new AppError('conflict', `备份文件夹中同一时刻的备份过多：${dir}`);
}

/** How the store's content gets into the temp file: SQLite's online backup, or VACUUM INTO. */
type CopyInto = (tmp: string) => Promise<void> | void;

function prepare(dir: string, now: string, reason: string): { fileName: string; final: string; tmp: string } {
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (err) {
    throw backupFailed(err, dir);
  }
  const fileName = freeName(dir, now, reason);
  const final = path.join(dir, fileName);
  return { fileName, final, tmp: tempPathFor(final) };
}

/** Checks, flushes, describes and names a finished copy: a backup that has its name is whole and verified. */
function publish(target: { fileName: string; final: string; tmp: string }, dir: string, reason: string, now: string, marker: string): ListedBackup {
  const { fileName, final, tmp } = target;
  const facts = verifyStoreCopy(tmp);
  fsyncFile(tmp);
  const size = fs.statSync(tmp).size;
  writeSidecar(final, { createdAt: now, reason, schemaVersion: facts.schemaVersion, entryCount: facts.entryCount, size, verified: true, marker });
  // A hard link cannot replace an existing file; the name was free a moment ago.
  fs.linkSync(tmp, final);
  fs.rmSync(tmp, { force: true });
  fsyncDir(dir);
  return { fileName, path: final, createdAt: now, reason, schemaVersion: facts.schemaVersion, entryCount: facts.entryCount, size, verified: true, marker };
}

function discard(target: { final: string; tmp: string }): void {
  for (const f of [target.tmp, `${target.tmp}-journal`, `${target.tmp}-wal`, `${target.tmp}-shm`]) fs.rmSync(f, { force: true });
  if (!fs.existsSync(target.final)) fs.rmSync(sidecarPath(target.final), { force: true });
}

/**
 * Writes one backup with SQLite's online backup API (consistent while the app keeps working; a file
 * copy under WAL could miss committed pages), under a hidden temp name, then publishes it.
 */
export async function writeBackup(db: Database.Database, dir: string, reason: string, now: string, marker: string): Promise<ListedBackup> {
  return writeBackupWith((tmp) => db.backup(tmp).then(() => undefined), dir, reason, now, marker);
}

async function writeBackupWith(copy: CopyInto, dir: string, reason: string, now: string, marker: string): Promise<ListedBackup> {
  const target = prepare(dir, now, reason);
  try {
    await copy(target.tmp);
    return publish(target, dir, reason, now, marker);
  } catch (err) {
    discard(target);
    throw backupFailed(err, dir);
  }
}

/**
 * The synchronous form, for the one place that cannot wait (opening the store, before a migration):
 * VACUUM INTO is SQLite's own consistent copy of a live database.
 */
export function writeBackupSync(db: Database.Database, dir: string, reason: string, now: string, marker: string): ListedBackup {
  const target = prepare(dir, now, reason);
  try {
    db.prepare('VACUUM INTO ?').run(target.tmp);
    return publish(target, dir, reason, now, marker);
  } catch (err) {
    discard(target);
    throw backupFailed(err, dir);
  }
}
