import fs from 'node:fs';

/** Flushes a file's bytes to the disk, so a power cut after a rename cannot leave an empty file. */
export function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Flushes a folder's entries (a rename) where the system allows it; Windows does not, and needs not. */
export function fsyncDir(dir: string): void {
  let fd: number;
  try {
    fd = fs.openSync(dir, 'r');
  } catch {
    return;
  }
  try {
    fs.fsyncSync(fd);
  } catch {
    // EISDIR/EPERM on some systems: the rename is still durable there.
  } finally {
    fs.closeSync(fd);
  }
}

/** Writes a small file through a temp name and a rename, flushed. */
export function writeFileDurably(file: string, text: string): void {
  const tmp = `${file}.tmp`;
  fs.writeFileSync(tmp, text);
  fsyncFile(tmp);
  fs.renameSync(tmp, file);
}
