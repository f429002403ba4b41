import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { fsyncDirSync, moveIntoStoreSync } from '../attachments/blob-files';
import { blobPath } from '../attachments/storage-paths';
import { blobExists, conflictFileHashes } from '../store/attachment-store';
import { packageWorkRoot } from './read-package';

// A package's files go into the attachment store before its rows are written (a row must never name
// a file that is not there). If the write then fails, or the process dies before it commits, the
// files it brought are orphans no row and no backup names. So the files an import is about to add are
// listed first in a journal in its work folder; a failed write takes them back at once, and the next
// start (or the next import) takes back those of an import that never finished.

const JOURNAL = 'import-journal.json';
const SHA256 = /^[0-9a-f]{64}$/;

interface Journal {
  pid: number;
  files: string[];
}

function writeJournal(workDir: string, journal: Journal): string {
  const file = path.join(workDir, JOURNAL);
  const fd = fs.openSync(file, 'w');
  try {
    fs.writeSync(fd, JSON.stringify(journal));
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fsyncDirSync(workDir);
  return file;
}

/**
 * Removes the listed files that no blob row names (they came with an import that did not commit).
 * A file a waiting conflict names stays: a later import may have brought the same content for it.
 */
function takeBack(db: Database.Database, dataDir: string, files: readonly string[]): void {
  const waiting = conflictFileHashes(db);
  for (const sha256 of files) {
    if (!SHA256.test(sha256) || blobExists(db, sha256) || waiting.has(sha256)) continue;
    const file = blobPath(dataDir, sha256);
    fs.rmSync(file, { force: true });
    try {
      fs.rmdirSync(path.dirname(file)); // only when that left its fan-out folder empty
    } catch {
      // not empty: other files live there
    }
  }
}

export interface StoredAndWritten<T> {
  result: T;
  /** Files this import added to the store (and kept). */
  added: string[];
}

/**
 * Moves the wanted files the package carries and the store lacks into the store, then runs `write`
 * (the one transaction that writes the rows). If `write` throws, the files moved are taken out again
 * unless a row names them. Synchronous from the journal to its removal, so no other work in this
 * process can ever see a live journal: any journal found later is one a dead process left.
 */
export function storeFilesThenWrite<T>(
  db: Database.Database,
  dataDir: string,
  workDir: string,
  blobFiles: ReadonlyMap<string, string>,
  wanted: Iterable<string>,
  write: () => T,
): StoredAndWritten<T> {
  const incoming = [...new Set(wanted)].filter((sha256) => blobFiles.has(sha256) && !fs.existsSync(blobPath(dataDir, sha256)));
  const journal = incoming.length > 0 ? writeJournal(workDir, { pid: process.pid, files: incoming }) : null;
  const added: string[] = [];
  try {
    for (const sha256 of incoming) {
      if (moveIntoStoreSync(dataDir, blobFiles.get(sha256) as string, sha256)) added.push(sha256);
    }
    const result = write();
    return { result, added };
  } catch (err) {
    takeBack(db, dataDir, added);
    throw err;
  } finally {
    if (journal) fs.rmSync(journal, { force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readJournal(file: string): Journal | null {
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<Journal>;
    if (typeof parsed.pid !== 'number' || !Array.isArray(parsed.files)) return null;
    return { pid: parsed.pid, files: parsed.files.filter((f): f is string => typeof f === 'string') };
  } catch {
    return null;
  }
}

/**
 * Takes back the files of imports that died before committing (a journal left in a work folder),
 * and removes those work folders. A journal of another process still running is left to it.
 * Returns how many work folders were cleared.
 */
export function clearInterruptedImports(db: Database.Database, dataDir: string): number {
  const root = packageWorkRoot(dataDir);
  if (!fs.existsSync(root)) return 0;
  let cleared = 0;
  for (const name of fs.readdirSync(root)) {
    const dir = path.join(root, name);
    const file = path.join(dir, JOURNAL);
    try {
      if (!fs.existsSync(file)) continue;
      const journal = readJournal(file);
      // Our own pid cannot be a live journal (see storeFilesThenWrite): it is a previous run's.
      if (journal && journal.pid !== process.pid && isRunning(journal.pid)) continue;
      if (journal) takeBack(db, dataDir, journal.files);
      fs.rmSync(dir, { recursive: true, force: true });
      cleared += 1;
    } catch {
      // Locked or gone meanwhile: next time.
    }
  }
  return cleared;
}
