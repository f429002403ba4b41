import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pkg from '../../../package.json';
import { AppError } from '../../../shared/errors';
import { storageError } from '../storage-errors';
import { busyMessage, openingMessage } from './busy-message';
import { isHolderGone } from './holder-gone';
import type { LockHolder, ProgramKind } from './lock-holder';
import { LOCK_FILE, lockText, parseLockHolder } from './lock-holder';

// One writer per data folder. The lock is a small file created with O_EXCL ('wx'): an exclusive
// create is atomic on NTFS, ext4, SMB and NFS alike, works where byte-range locks are missing or
// only local (some NAS and NFS mounts), and leaves a record anyone can read, so the second program
// can say who holds the folder. A crash leaves the file behind; the next start takes it over when
// the holder is on this computer and certainly gone (see holder-gone.ts).

/** The folder is held by another program; `holder` is null while that program is still writing its lock. */
export class DataFolderInUse extends AppError {
  readonly holder: LockHolder | null;

  constructor(message: string, holder: LockHolder | null) {
    super('conflict', message);
    this.holder = holder;
  }
}

export interface DataFolderLock {
  readonly holder: LockHolder;
  /** Removes the lock file if it is still this program's. Never throws: it runs on the way out. */
  release(): void;
}

/** A lock file younger than this that cannot be parsed is being written by the program that just created it. */
const FRESH_MS = 5_000;
/** A take-over takes milliseconds; a guard older than this was left by a program that died during one. */
const TAKEOVER_STALE_MS = 10_000;
/** How long to wait for another program that is in the middle of creating or taking over the lock. */
const WAIT_MS = 2_000;
const RETRY_MS = 25;

interface Held {
  lockPath: string;
  holder: LockHolder;
  count: number;
}

/**
 * Locks this process already holds, by folder. Opening the same folder twice in one process (tests,
 * a reopen) shares the one lock: two processes are what loses edits, not two connections in one.
 */
const held = new Map<string, Held>();
let exitHookInstalled = false;

function folderKey(dataDir: string): string {
  const resolved = path.resolve(dataDir);
  return process.platform === 'win32' ? resolved.toLowerCase() : resolved;
}

function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

interface SeenLock {
  text: string;
  holder: LockHolder | null;
  ageMs: number;
}

function readLock(lockPath: string): SeenLock | null {
  try {
    const text = fs.readFileSync(lockPath, 'utf8');
    const ageMs = Date.now() - fs.statSync(lockPath).mtimeMs;
    return { text, holder: parseLockHolder(text), ageMs };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

/** Creates the file only if there is none; false when one is there. The whole text is on disk before it counts. */
function createExclusive(file: string, text: string): boolean {
  let fd: number;
  try {
    fd = fs.openSync(file, 'wx');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
  try {
    fs.writeSync(fd, text);
    fs.fsyncSync(fd);
  } catch (err) {
    fs.closeSync(fd);
    fs.rmSync(file, { force: true });
    throw err;
  }
  fs.closeSync(fd);
  return true;
}

function removeIfToken(lockPath: string, token: string): void {
  try {
    if (parseLockHolder(fs.readFileSync(lockPath, 'utf8'))?.token === token) fs.rmSync(lockPath, { force: true });
  } catch {
    // Already gone, or the folder went away (a removed USB drive): nothing left to release.
  }
}

/**
 * Replaces a stale lock with ours. Only one program may do that at a time (a second one could
 * otherwise delete the lock the first has just written), so it is done under a guard file, and
 * only if the lock still reads exactly as it did when it was judged stale.
 */
function takeOver(lockPath: string, stale: SeenLock, ours: string): boolean {
  const guard = `${lockPath}.takeover`;
  if (!createExclusive(guard, `${process.pid}\n`)) {
    try {
      if (Date.now() - fs.statSync(guard).mtimeMs > TAKEOVER_STALE_MS) fs.rmSync(guard, { force: true });
    } catch {
      // Removed by its owner meanwhile.
    }
    return false;
  }
  try {
    const now = readLock(lockPath);
    if (now && now.text !== stale.text) return false;
    if (now) fs.rmSync(lockPath, { force: true });
    return createExclusive(lockPath, ours);
  } finally {
    fs.rmSync(guard, { force: true });
  }
}

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // 'exit' runs on a normal end and on process.exit (the CLI's Ctrl+C handler calls it); a kill or
  // a crash skips it, and then the next start finds the holder gone.
  process.on('exit', () => {
    for (const lock of held.values()) removeIfToken(lock.lockPath, lock.holder.token);
    held.clear();
  });
}

function handle(key: string, entry: Held): DataFolderLock {
  let released = false;
  return {
    holder: entry.holder,
    release() {
      if (released) return;
      released = true;
      entry.count -= 1;
      if (entry.count > 0) return;
      held.delete(key);
      removeIfToken(entry.lockPath, entry.holder.token);
    },
  };
}

function storageRefusal(err: unknown, dataDir: string): unknown {
  return storageError(err, { dataDir, folder: dataDir, outcome: '程序没有打开数据' }) ?? err;
}

/**
 * Takes the data folder for this program, or throws DataFolderInUse naming who holds it (an
 * AppError 'storage' when the folder cannot be written at all). The folder must exist.
 */
export function acquireDataFolderLock(dataDir: string, kind: ProgramKind): DataFolderLock {
  const key = folderKey(dataDir);
  const mine = held.get(key);
  if (mine) {
    mine.count += 1;
    return handle(key, mine);
  }
  const lockPath = path.join(dataDir, LOCK_FILE);
  const holder: LockHolder = {
    pid: process.pid,
    host: os.hostname(),
    kind,
    startedAt: new Date().toISOString(),
    version: pkg.version,
    token: crypto.randomBytes(16).toString('hex'),
  };
  const ours = lockText(holder);
  const deadline = Date.now() + WAIT_MS;
  try {
    for (;;) {
      if (createExclusive(lockPath, ours)) break;
      const seen = readLock(lockPath);
      if (seen) {
        if (seen.holder && !isHolderGone(seen.holder)) throw new DataFolderInUse(busyMessage(seen.holder, dataDir), seen.holder);
        // Unreadable and young: its writer is between creating and filling it. Unreadable and old,
        // or naming a program that has ended: stale.
        const stale = seen.holder !== null || seen.ageMs > FRESH_MS;
        if (stale && takeOver(lockPath, seen, ours)) break;
      }
      if (Date.now() > deadline) throw new DataFolderInUse(openingMessage(dataDir), null);
      pause(RETRY_MS);
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw storageRefusal(err, dataDir);
  }
  installExitHook();
  const entry: Held = { lockPath, holder, count: 1 };
  held.set(key, entry);
  return handle(key, entry);
}
