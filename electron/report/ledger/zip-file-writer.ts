import { createHash } from 'node:crypto';
import { once } from 'node:events';
import fs from 'node:fs';
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';

// A .zip written as it goes (fflate's streaming Zip): each file is read in chunks, hashed and
// pushed, waiting for the disk whenever the output stream's buffer is full, so thousands of
// photos never sit in memory together. No ZIP64: callers keep under 4 GB and 65,535 files.

export const ZIP_MAX_BYTES = 0xffffffff - 64 * 1024 * 1024;
export const ZIP_MAX_FILES = 65_000;

/** Already compressed: stored as is (deflating them again only costs time). */
const STORED = /\.(jpe?g|png|gif|webp|pdf|zip|docx|xlsx|pptx|ofd|mp4)$/i;

export class ZipFileWriter {
  private readonly out: fs.WriteStream;
  private readonly zip: Zip;
  private failure: Error | null = null;
  private readonly closed: Promise<void>;

  constructor(file: string) {
    this.out = fs.createWriteStream(file, { flags: 'wx' });
    this.closed = new Promise<void>((resolve, reject) => {
      this.out.on('close', resolve);
      this.out.on('error', (err) => {
        this.failure = err;
        reject(err);
      });
    });
    this.closed.catch(() => undefined);
    this.zip = new Zip((err, chunk, final) => {
      if (err) {
        this.failure = err;
        return;
      }
      this.out.write(chunk);
      if (final) this.out.end();
    });
  }

  private async settle(): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.out.writableNeedDrain) await Promise.race([once(this.out, 'drain'), this.closed]);
    if (this.failure) throw this.failure;
  }

  private entry(name: string): ZipDeflate | ZipPassThrough {
    const entry = STORED.test(name) ? new ZipPassThrough(name) : new ZipDeflate(name, { level: 6 });
    this.zip.add(entry);
    return entry;
  }

  /** Streams a file into the package; answers its size and SHA-256 as read. */
  async addFile(name: string, source: string): Promise<{ size: number; sha256: string }> {
    const entry = this.entry(name);
    const hash = createHash('sha256');
    let size = 0;
    for await (const chunk of fs.createReadStream(source, { highWaterMark: 256 * 1024 })) {
      const bytes = chunk as Buffer;
      hash.update(bytes);
      size += bytes.length;
      entry.push(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length));
      await this.settle();
    }
    entry.push(new Uint8Array(0), true);
    await this.settle();
    return { size, sha256: hash.digest('hex') };
  }

  async addBuffer(name: string, data: Buffer): Promise<void> {
    this.entry(name).push(new Uint8Array(data.buffer, data.byteOffset, data.length), true);
    await this.settle();
  }

  async finish(): Promise<void> {
    this.zip.end();
    await this.closed;
    if (this.failure) throw this.failure;
  }

  /** After a failure: stop writing and release the file (the caller removes it). */
  async abort(): Promise<void> {
    this.zip.terminate();
    if (!this.out.closed) {
      this.out.destroy();
      await this.closed.catch(() => undefined);
    }
  }
}
