import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { StagedUpload } from '../../shared/domain/attachment';
import { ATTACHMENT_LIMITS } from '../../shared/domain/attachment';
import { AppError } from '../../shared/errors';
import { storageError } from '../store/storage-errors';
import { admitFile, admitName } from './file-intake';
import { HEAD_BYTES } from './file-signatures';
import { cleanFileName } from './safe-file-name';
import { describeByteLimit } from './size-limit';
import { partPath, stagedPath, stagingDir } from './storage-paths';

export interface StageOptions {
  /** Defaults to ATTACHMENT_LIMITS.maxFileBytes; tests pass a small one. */
  maxBytes?: number;
}

export type ByteSource = AsyncIterable<Buffer | Uint8Array | string>;

/** An AppError of its own class, so HTTP can answer 413 for it. */
export class FileTooLargeError extends AppError {
  constructor(name: string, maxBytes: number) {
    super('invalid_input', `“${name}”超过单个文件 ${describeByteLimit(maxBytes)} 的上限，没有保存。请压缩或拆分后再上传。`, {
      fileName: '文件名：文件太大',
    });
  }
}

function toBuffer(chunk: Buffer | Uint8Array | string): Buffer {
  if (typeof chunk === 'string') return Buffer.from(chunk);
  return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

async function writeAll(fh: fs.promises.FileHandle, chunk: Buffer): Promise<void> {
  let offset = 0;
  while (offset < chunk.length) {
    const { bytesWritten } = await fh.write(chunk, offset, chunk.length - offset);
    offset += bytesWritten;
  }
}

function writeFailed(dataDir: string, name: string, err: unknown): AppError {
  // A full or read-only disk is named as every other write names it: the data folder, and what to do.
  const onDisk = storageError(err, { dataDir, folder: stagingDir(dataDir), outcome: `“${name}”没有保存` });
  return onDisk ?? new AppError('conflict', `保存“${name}”失败：写入出错（${(err as Error).message}）。文件没有保存，请处理后重试。`);
}

/**
 * Streams bytes into <dataDir>/attachments/.staging/, hashing as it writes and stopping as soon as the
 * size limit is passed. The name and the leading bytes must agree on an allowed type. Only a complete,
 * fsynced file gets the staged name; on any failure the temporary file is removed.
 * The source is read by hand rather than with for-await, so stopping early does not destroy it: an
 * HTTP request must stay open long enough to answer "too large".
 */
export async function stageUpload(dataDir: string, source: ByteSource, declaredName: string, options: StageOptions = {}): Promise<StagedUpload> {
  // The name is judged before a byte is written, the bytes once they are all in.
  const { name } = admitName(declaredName);
  const maxBytes = options.maxBytes ?? ATTACHMENT_LIMITS.maxFileBytes;
  const stagedId = randomUUID();
  const part = partPath(dataDir, stagedId);
  try {
    fs.mkdirSync(stagingDir(dataDir), { recursive: true });
  } catch (err) {
    throw writeFailed(dataDir, name, err);
  }
  const hash = createHash('sha256');
  const head: Buffer[] = [];
  let headLength = 0;
  let size = 0;
  let fh: fs.promises.FileHandle | undefined;
  try {
    fh = await fs.promises.open(part, 'wx');
    const chunks = source[Symbol.asyncIterator]();
    for (;;) {
      let next: IteratorResult<Buffer | Uint8Array | string>;
      try {
        next = await chunks.next();
      } catch (err) {
        throw new AppError('invalid_input', `读取“${name}”时中断（${(err as Error).message}），文件没有保存，请重试。`);
      }
      if (next.done) break;
      const chunk = toBuffer(next.value);
      size += chunk.length;
      if (size > maxBytes) throw new FileTooLargeError(name, maxBytes);
      if (headLength < HEAD_BYTES) {
        const take = chunk.subarray(0, HEAD_BYTES - headLength);
        head.push(take);
        headLength += take.length;
      }
      hash.update(chunk);
      await writeAll(fh, chunk);
    }
    const { type } = admitFile(name, Buffer.concat(head));
    await fh.sync();
    await fh.close();
    fh = undefined;
    fs.renameSync(part, stagedPath(dataDir, stagedId));
    return { stagedId, sha256: hash.digest('hex'), size, fileName: name, mime: type.mime };
  } catch (err) {
    await fh?.close().catch(() => undefined);
    fs.rmSync(part, { force: true });
    throw err instanceof AppError ? err : writeFailed(dataDir, name, err);
  }
}

/** For the desktop and the CLI: stages a file from disk under its own name. */
export async function stageFile(dataDir: string, filePath: string, options: StageOptions = {}): Promise<StagedUpload> {
  let stat: fs.Stats;
  try {
    stat = await fs.promises.stat(filePath);
  } catch {
    throw new AppError('not_found', `找不到文件：${filePath}`);
  }
  if (!stat.isFile()) throw new AppError('invalid_input', `“${filePath}”不是一个文件，请选择文件。`);
  const name = path.basename(filePath);
  const maxBytes = options.maxBytes ?? ATTACHMENT_LIMITS.maxFileBytes;
  if (stat.size > maxBytes) throw new FileTooLargeError(cleanFileName(name).name, maxBytes);
  const stream = fs.createReadStream(filePath);
  try {
    return await stageUpload(dataDir, stream, name, options);
  } finally {
    stream.destroy();
  }
}
