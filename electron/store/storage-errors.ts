import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';

// A full disk, a read-only folder or a refused permission is not a bug: the user can fix it, so it
// must not read as "程序内部出错" or as SQLite's English. SQLite reports these through its own codes
// (better-sqlite3 puts them on `err.code`), Node through errno codes; both are recognised here, in
// one place, so every route (the registry, backups, exports, shutdown) says the same thing.

/** What went wrong with the disk, as far as the user needs to know. */
export type StorageProblem = 'full' | 'read_only' | 'denied' | 'io';

const NODE_CODES: Readonly<Record<string, StorageProblem>> = {
  ENOSPC: 'full',
  EDQUOT: 'full',
  EROFS: 'read_only',
  EACCES: 'denied',
  EPERM: 'denied',
  EIO: 'io',
};

function sqliteProblem(code: string): StorageProblem | null {
  if (code === 'SQLITE_FULL') return 'full';
  // SQLITE_READONLY_DBMOVED, _DIRECTORY, _CANTINIT … all mean the same to the user.
  if (code === 'SQLITE_READONLY' || code.startsWith('SQLITE_READONLY_')) return 'read_only';
  if (code === 'SQLITE_CANTOPEN' || code.startsWith('SQLITE_CANTOPEN_') || code === 'SQLITE_PERM' || code === 'SQLITE_AUTH') return 'denied';
  if (code === 'SQLITE_IOERR' || code.startsWith('SQLITE_IOERR_')) return 'io';
  return null;
}

/** The storage problem an error stands for, or null when it is something else (a bug, bad input). */
export function storageProblemOf(err: unknown): StorageProblem | null {
  if (typeof err !== 'object' || err === null) return null;
  const code = (err as { code?: unknown }).code;
  if (typeof code !== 'string') return null;
  return NODE_CODES[code] ?? sqliteProblem(code);
}

/**
 * The folder to name: the one the failing call touched when Node says (a directory for mkdir and
 * friends, the file's folder otherwise; for a copy, where it was copying to), else the one the
 * caller knows it was writing to.
 */
function folderOf(err: unknown, fallback: string): string {
  const { path: source, dest, syscall } = err as { path?: unknown; dest?: unknown; syscall?: unknown };
  const touched = typeof dest === 'string' && dest ? dest : source;
  if (typeof touched !== 'string' || !touched) return fallback;
  return syscall === 'mkdir' || syscall === 'opendir' || syscall === 'scandir' || syscall === 'rmdir' ? touched : path.dirname(touched);
}

function isInside(folder: string, dataDir: string): boolean {
  const rel = path.relative(dataDir, folder);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * Whether a folder (or, if it is not there, its nearest existing parent) can be written, as the
 * problem it has. Needed where the error does not say: SQLite's "unable to open database file"
 * (SQLITE_CANTOPEN) and Node's recursive mkdir, which on a read-only disk reports ENOENT.
 */
export function folderWriteProblem(folder: string): StorageProblem | null {
  let dir = path.resolve(folder);
  while (!fs.existsSync(dir) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  try {
    fs.accessSync(dir, fs.constants.W_OK);
    return null;
  } catch (err) {
    const problem = storageProblemOf(err);
    return problem === 'read_only' || problem === 'denied' ? problem : null;
  }
}

/** The problem, made precise where the error itself is vague (SQLite's codes never name the folder's state). */
function refinedProblem(err: unknown, folder: string): StorageProblem | null {
  const { code, syscall } = err as { code?: unknown; syscall?: unknown };
  if (code === 'ENOENT' && syscall === 'mkdir') return folderWriteProblem(folder);
  const problem = storageProblemOf(err);
  // A disk remounted read-only under an open store fails its writes as I/O errors.
  if (problem === 'io' || (typeof code === 'string' && code.startsWith('SQLITE_CANTOPEN'))) return folderWriteProblem(folder) ?? problem;
  return problem;
}

export interface StorageContext {
  /** The data folder; a folder inside it is named as the data folder, which the user knows. */
  dataDir?: string;
  /** The folder the caller was writing to, when the error does not say (SQLite never does). */
  folder: string;
  /** What was not done, for the message: '刚才的操作没有保存' unless told otherwise. */
  outcome?: string;
}

/** Where it happened: the data folder (which the user knows by that name) or another folder. */
export interface StoragePlace {
  kind: '数据文件夹' | '文件夹';
  folder: string;
}

/** The message for a problem at a place, e.g. “磁盘空间已满：数据文件夹 D:\法治台账 所在的磁盘……”. */
export function storageMessage(problem: StorageProblem, place: StoragePlace, outcome = '刚才的操作没有保存'): string {
  const { kind, folder } = place;
  switch (problem) {
    case 'full':
      return `磁盘空间已满：${kind} ${folder} 所在的磁盘没有剩余空间，${outcome}。请清理磁盘（删除不需要的文件、清空回收站）后重试。`;
    case 'read_only':
      return `${kind}只读：${folder} 不能写入（可能在只读的U盘、光盘或网络位置上，或被设为只读），${outcome}。请取消只读，或把它放到可以写入的位置后重试。`;
    case 'denied':
      return `没有权限：${kind} ${folder} 不允许本程序读写（或正被其他程序占用），${outcome}。请检查该文件夹的权限、关闭占用它的程序后重试。`;
    case 'io':
      return `读写磁盘出错：${kind} ${folder} 所在的磁盘读写失败（U盘被拔出、网络位置断开或磁盘故障），${outcome}。请检查磁盘后重试。`;
  }
}

/** The error as a clear Chinese AppError (code `storage`), or null when it is not a storage problem. */
export function storageError(err: unknown, context: StorageContext): AppError | null {
  const folder = path.resolve(folderOf(err, context.folder));
  const problem = refinedProblem(err, folder);
  if (!problem) return null;
  const dataDir = context.dataDir === undefined ? undefined : path.resolve(context.dataDir);
  const place: StoragePlace = dataDir !== undefined && isInside(folder, dataDir) ? { kind: '数据文件夹', folder: dataDir } : { kind: '文件夹', folder };
  return new AppError('storage', storageMessage(problem, place, context.outcome));
}
