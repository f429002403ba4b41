import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';

// Real disks for the storage-error tests: a small tmpfs that can be filled to the last byte, and a
// read-only folder. Both need root (mount); where that is not possible the tests that need them are
// skipped, and say so, rather than faking the error.

const mounted: string[] = [];
const madeWritable: string[] = [];
const made: string[] = [];

/** A fresh folder under the system temp dir, removed after the test (after any mount on it is gone). */
export function scratchDir(prefix = 'fazhi-disk-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

function tryMount(args: string[], dir: string): boolean {
  try {
    execFileSync('mount', [...args, dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** Whether this machine lets the tests mount a tmpfs (root on Linux). */
export const canMountSmallDisk: boolean = (() => {
  if (process.platform !== 'linux' || !isRoot) return false;
  const probe = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-probe-'));
  const ok = tryMount(['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs'], probe);
  if (ok) execFileSync('umount', [probe]);
  fs.rmdirSync(probe);
  return ok;
})();

/** A fresh tmpfs of `sizeKb` at a new folder, unmounted after the test. */
export function mountSmallDisk(sizeKb: number): string {
  const dir = scratchDir('fazhi-small-disk-');
  if (!tryMount(['-t', 'tmpfs', '-o', `size=${sizeKb}k`, 'tmpfs'], dir)) throw new Error('tmpfs could not be mounted');
  mounted.push(dir);
  return dir;
}

/** Fills the disk holding `dir` to the last byte (the filler file is returned, to free it again). */
export function fillDisk(dir: string): string {
  const filler = path.join(dir, 'filler.bin');
  const fd = fs.openSync(filler, 'a');
  try {
    for (const size of [64 * 1024, 4096, 512, 1]) {
      const chunk = Buffer.alloc(size, 0x5a);
      try {
        for (;;) fs.writeSync(fd, chunk);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOSPC') throw err;
      }
    }
  } finally {
    fs.closeSync(fd);
  }
  return filler;
}

/**
 * Makes `dir` (one from scratchDir) read-only as the user would meet it: for root (whom file permissions do not stop) a
 * read-only bind mount of the folder onto itself, so writes fail with EROFS; for anyone else the
 * write bits are taken off, so they fail with EACCES. Undone after the test.
 */
export function makeReadOnly(dir: string): 'mount' | 'chmod' {
  if (isRoot) {
    if (!tryMount(['--bind', dir], dir)) throw new Error('bind mount failed');
    mounted.push(dir);
    if (!tryMount(['-o', 'remount,ro,bind'], dir)) throw new Error('read-only remount failed');
    return 'mount';
  }
  fs.chmodSync(dir, 0o555);
  madeWritable.push(dir);
  return 'chmod';
}

/** Whether makeReadOnly can work here (root with mount, or a user whom permissions bind). */
export const canMakeReadOnly: boolean = process.platform !== 'win32' && (!isRoot || canMountSmallDisk);

afterEach(() => {
  for (const dir of mounted.splice(0).reverse()) {
    try {
      execFileSync('umount', [dir], { stdio: 'ignore' });
    } catch {
      // Still in use (a test failed with a file open there): detach it now, it goes when released.
      execFileSync('umount', ['-l', dir], { stdio: 'ignore' });
    }
  }
  for (const dir of madeWritable.splice(0)) fs.chmodSync(dir, 0o755);
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});
