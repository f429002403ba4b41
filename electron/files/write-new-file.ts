import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../shared/errors';

// Reports and exports are written to a name the user chose: an existing file there is theirs (perhaps
// last year's report, edited by hand), so it is never replaced, and a failed write leaves nothing.

function conflict(outPath: string): AppError {
  return new AppError('conflict', `文件“${path.basename(outPath)}”已经存在，没有覆盖它。请换一个文件名，或先把原文件移走。`);
}

function writeFailed(outPath: string, err: unknown): AppError {
  const code = (err as NodeJS.ErrnoException).code;
  const where = path.dirname(outPath);
  const reason =
    code === 'ENOENT' ? `保存位置“${where}”不存在`
    : code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? `没有权限写入“${where}”`
    : code === 'ENOSPC' ? '磁盘空间不足'
    : `写入时出错（${code ?? String(err)}）`;
  return new AppError('invalid_input', `“${path.basename(outPath)}”没有保存：${reason}。`);
}

async function exists(p: string): Promise<boolean> {
  return fs.access(p).then(
    () => true,
    () => false,
  );
}

export async function writeNewFile(outPath: string, data: Buffer): Promise<void> {
  if (await exists(outPath)) throw conflict(outPath);
  const tmp = path.join(path.dirname(outPath), `.${path.basename(outPath)}.${randomBytes(6).toString('hex')}.tmp`);
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
  const tmp = path.join(path.dirname(outPath), `.${path.basename(outPath)}.${randomBytes(6).toString('hex')}.tmp`);
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
