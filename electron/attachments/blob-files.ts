import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { blobPath, thumbnailPath } from './storage-paths';

/** SHA-256 (hex) and size of a file, read as a stream. */
export async function hashFile(file: string): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of fs.createReadStream(file)) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), size };
}

export async function readHead(file: string, bytes: number): Promise<Buffer> {
  const fh = await fs.promises.open(file, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const { bytesRead } = await fh.read(buf, 0, bytes, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

/** Makes a rename durable. Directories cannot be opened for fsync on Windows; there NTFS journals it. */
export function fsyncDirSync(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // best effort (see above)
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/**
 * Moves a complete, fsynced file into the store under its hash. If the store already has that content
 * the file is dropped instead: the same file attached twice is stored once. Synchronous on purpose, so
 * that it cannot interleave with a removal deciding to delete the same blob.
 * Returns whether a new file was written.
 */
export function moveIntoStoreSync(dataDir: string, source: string, sha256: string): boolean {
  const target = blobPath(dataDir, sha256);
  if (fs.existsSync(target)) {
    fs.rmSync(source, { force: true });
    return false;
  }
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.renameSync(source, target);
  fsyncDirSync(path.dirname(target));
  return true;
}

/** Deletes a blob's file and its thumbnail; a file already gone is not an error. */
export function removeBlobFilesSync(dataDir: string, sha256: string): void {
  fs.rmSync(blobPath(dataDir, sha256), { force: true });
  fs.rmSync(thumbnailPath(dataDir, sha256), { force: true });
}
