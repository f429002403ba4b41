import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { storageError, storageProblemOf } from '../../electron/store/storage-errors';

// The errors as SQLite (through better-sqlite3: `code` on a SqliteError) and Node (errno codes with
// syscall and path) report them. The real disks are in tests/integration/disk-full.test.ts and
// read-only-store.test.ts; here every code is covered, including those a test machine cannot
// produce on demand (EDQUOT, SQLITE_READONLY on an open store, I/O errors).

const DATA = path.resolve('/srv/法治台账数据');

function sqliteError(code: string, message: string): Error {
  return Object.assign(new Error(message), { name: 'SqliteError', code });
}

function nodeError(code: string, syscall: string, file: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${syscall} '${file}'`), { code, syscall, path: file, errno: -1 });
}

describe('storageProblemOf', () => {
  it.each([
    ['SQLITE_FULL', 'full'],
    ['SQLITE_READONLY', 'read_only'],
    ['SQLITE_READONLY_DBMOVED', 'read_only'],
    ['SQLITE_CANTOPEN', 'denied'],
    ['SQLITE_IOERR', 'io'],
    ['SQLITE_IOERR_WRITE', 'io'],
    ['SQLITE_IOERR_FSYNC', 'io'],
    ['ENOSPC', 'full'],
    ['EDQUOT', 'full'],
    ['EROFS', 'read_only'],
    ['EACCES', 'denied'],
    ['EPERM', 'denied'],
  ])('%s → %s', (code, problem) => {
    expect(storageProblemOf({ code })).toBe(problem);
  });

  it.each([['SQLITE_CONSTRAINT_UNIQUE'], ['SQLITE_CORRUPT'], ['ENOENT'], ['EEXIST'], [undefined]])('%s is not a storage problem', (code) => {
    expect(storageProblemOf({ code })).toBeNull();
    expect(storageError(new TypeError('x is undefined'), { dataDir: DATA, folder: DATA })).toBeNull();
  });
});

describe('storageError', () => {
  it('says the disk is full, names the data folder and what to do, for SQLite (which names no file)', () => {
    const e = storageError(sqliteError('SQLITE_FULL', 'database or disk is full'), { dataDir: DATA, folder: DATA });
    expect(e?.code).toBe('storage');
    expect(e?.message).toBe(`磁盘空间已满：数据文件夹 ${DATA} 所在的磁盘没有剩余空间，刚才的操作没有保存。请清理磁盘（删除不需要的文件、清空回收站）后重试。`);
  });

  it('names the data folder for a file deep inside it, and the folder itself for one outside', () => {
    const inside = storageError(nodeError('ENOSPC', 'write', path.join(DATA, 'attachments', '.staging', 'x.part')), { dataDir: DATA, folder: DATA });
    expect(inside?.message).toContain(`数据文件夹 ${DATA} 所在的磁盘`);
    const desk = path.resolve('/home/user/桌面');
    const outside = storageError(nodeError('EROFS', 'open', path.join(desk, '报告.docx')), { dataDir: DATA, folder: DATA, outcome: '“报告.docx”没有保存' });
    expect(outside?.message).toBe(`文件夹只读：${desk} 不能写入（可能在只读的U盘、光盘或网络位置上，或被设为只读），“报告.docx”没有保存。请取消只读，或把它放到可以写入的位置后重试。`);
  });

  it('a read-only store, a quota, a refused permission and an I/O error each say what they are', () => {
    expect(storageError(sqliteError('SQLITE_READONLY', 'attempt to write a readonly database'), { dataDir: DATA, folder: DATA })?.message).toMatch(/^数据文件夹只读：/);
    expect(storageError(nodeError('EDQUOT', 'write', path.join(DATA, 'fazhi.db')), { dataDir: DATA, folder: DATA })?.message).toMatch(/^磁盘空间已满：/);
    expect(storageError(nodeError('EPERM', 'rename', path.join(DATA, 'x')), { dataDir: DATA, folder: DATA })?.message).toMatch(/^没有权限：数据文件夹 .*（或正被其他程序占用）/);
    expect(storageError(sqliteError('SQLITE_IOERR_WRITE', 'disk I/O error'), { dataDir: DATA, folder: DATA })?.message).toMatch(/^读写磁盘出错：数据文件夹 /);
  });

  it('names where a copy was going, not where it came from', () => {
    const err = Object.assign(nodeError('ENOSPC', 'copyfile', path.join(DATA, 'fazhi.db')), { dest: path.resolve('/tmp/check/fazhi.db') });
    expect(storageError(err, { dataDir: DATA, folder: DATA })?.message).toContain(`文件夹 ${path.resolve('/tmp/check')} 所在的磁盘`);
  });

  it('never repeats SQLite or Node English', () => {
    for (const err of [sqliteError('SQLITE_FULL', 'database or disk is full'), sqliteError('SQLITE_READONLY', 'attempt to write a readonly database'), nodeError('EACCES', 'mkdir', path.join(DATA, 'damaged'))]) {
      expect(storageError(err, { dataDir: DATA, folder: DATA })?.message).not.toMatch(/database|readonly|EACCES|mkdir|permission/i);
    }
  });
});
