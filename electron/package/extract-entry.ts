import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import zlib from 'node:zlib';
import type { ZipEntry } from './zip-directory';
import { entryDataOffset } from './zip-directory';

export class EntrySizeMismatch extends Error {}

/**
 * Unpacks one entry into `target` (a path we chose, never one from the archive), stopping as soon
 * as it grows past the size the directory declared: a lying directory cannot make it write more.
 * Answers the SHA-256 of what was written.
 */
export async function extractEntry(zipFile: string, entry: ZipEntry, target: string): Promise<string> {
  if (entry.packedSize === 0) {
    if (entry.size !== 0) throw new EntrySizeMismatch(entry.name);
    fs.writeFileSync(target, '', { flag: 'wx' });
    return createHash('sha256').digest('hex');
  }
  const start = entryDataOffset(zipFile, entry);
  const hash = createHash('sha256');
  let written = 0;
  const guard = new Transform({
    transform(chunk: Buffer, _enc, done) {
      written += chunk.length;
      if (written > entry.size) return done(new EntrySizeMismatch(entry.name));
      hash.update(chunk);
      done(null, chunk);
    },
  });
  const source = fs.createReadStream(zipFile, { start, end: start + entry.packedSize - 1 });
  const out = fs.createWriteStream(target, { flags: 'wx' });
  if (entry.method === 8) await pipeline(source, zlib.createInflateRaw(), guard, out);
  else await pipeline(source, guard, out);
  if (written !== entry.size) throw new EntrySizeMismatch(entry.name);
  return hash.digest('hex');
}
