import fs from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../shared/errors';
import { storageError } from '../store/storage-errors';
import { cleanOwnTemps, tempPathNextTo } from './own-temp-files';

// Reports and exports are written to a name the user chose: an existing file there is theirs (perhaps
// last year's report, edited by hand), so it is never replaced, and a failed write leaves nothing.

function conflict(outPath: string): AppError {
  return new AppError('conflict', `文件“${path.basename(outPath)}”已经存在，没有覆盖它。请换一个文件名，或先把原文件移走。`);
}

const GENERATED_NAME = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.[a-z]+$/;

function writeFailed(outPath: string, err: unknown): AppError {
  const code = (err as NodeJS.ErrnoException).code;
  const where = path.dirname(outPath);
  const name = path.basename(outPath);
  // A download waiting in <data>/exports has a generated name the user never sees.
  const shown = GENERATED_NAME.test(name) ? '导出的文件' : `“${name}”`;
  // A full disk, a read-only folder or a refusal names the folder and what to do.
  const storage = storageError(err, { folder: where, outcome: `${shown}没有保存` });
  if (storage) return storage;
  const reason = code === 'ENOENT' ? `保存位置“${where}”不存在` : `写入时出错（${code ?? String(err)}）`;
  return new AppError('invalid_input', `“${name}”没有保存：${reason}。`);
}

/** The temp name next to the target; our own stale temps there (a killed write) are cleared first. */
async function tempFor(outPath: string): Promise<string> {
  await cleanOwnTemps(path.dirname(outPath));
  return tempPathNextTo(outPath);
}

async function exists(p: string): Promise<boolean> {
  return fs.access(p).then(
    () => true,
    () => false,
  );
}

export async function writeNewFile(outPath: string, data: Buffer): Promise<void> {
  if (await exists(outPath)) throw conflict(outPath);
  const tmp = await tempFor(outPath);
  try {
    const handle = await fs.open(tmp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await publish(tmp, outPath);
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw writeFailed(outPath, err);
  } finally {
    await fs.rm(tmp, { force: true });
  }
}

async function publish(tmp: string, outPath: string): Promise<void> {
  // A hard link fails if the name exists, so a file that appeared meanwhile is still not replaced.
  try {
    await fs.link(tmp, outPath);
    return;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw conflict(outPath);
  }
  // FAT-formatted USB sticks have no hard links: check again and rename.
  if (await exists(outPath)) throw conflict(outPath);
  await fs.rename(tmp, outPath);
}

/**
 * Like writeNewFile, for content too large to hold in memory: `write` fills the temp file it is
 * given (streaming), then it is fsynced and linked into place the same way.
 */
export async function writeNewFileWith(outPath: string, write: (tmpPath: string) => Promise<void>): Promise<void> {
  if (await exists(outPath)) throw conflict(outPath);
  const tmp = await tempFor(outPath);
  try {
    await write(tmp);
    const handle = await fs.open(tmp, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await publish(tmp, outPath);
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw writeFailed(outPath, err);
  } finally {
    await fs.rm(tmp, { force: true });
  }
}
