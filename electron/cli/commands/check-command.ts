import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { latestBackup } from '../../backup/create-backup';
import { keepDamagedCopy } from '../../backup/keep-damaged-copy';
import { DATABASE_FILE, resolveDataDir } from '../../data-dir';
import { LATEST_SCHEMA_VERSION } from '../../store/migrations';
import { assertLooksLikeSqlite, isEmptyStoreFile } from '../../store/open-database';
import type { StorageProblem } from '../../store/storage-errors';
import { folderWriteProblem, storageError, storageProblemOf } from '../../store/storage-errors';
import type { CliCommand, CliIo } from '../cli-types';
import { parseFlags } from '../parse-flags';

type Checked = { kind: 'sound' } | { kind: 'damaged'; problems: string[] } | { kind: 'newer'; version: number };

/**
 * SQLite's full integrity check and the foreign keys, on a read-only connection: nothing is written.
 * A store from a newer version is not checked against a schema this build does not know. An error
 * that is the disk's or the folder's (not the file's) is thrown, not counted as damage.
 */
function fullCheck(file: string): Checked {
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > LATEST_SCHEMA_VERSION) return { kind: 'newer', version };
    const rows = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
    const problems = rows.length === 1 && rows[0] === 'ok' ? [] : rows;
    const links = db.pragma('foreign_key_check') as unknown[];
    if (links.length) problems.push(`${links.length} 处记录关联不完整`);
    return problems.length ? { kind: 'damaged', problems } : { kind: 'sound' };
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    const damage = typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_IOERR'));
    if (!damage && storageProblemOf(err)) throw err;
    return { kind: 'damaged', problems: [(err as Error).message] };
  } finally {
    db?.close();
  }
}

/**
 * In a folder that cannot be written, SQLite cannot make the WAL's index file next to the store, so
 * even a read-only connection fails to open. The check then reads a copy in the system temp folder
 * (with the WAL, which holds the latest changes), and the original is not touched at all.
 */
function checkCopy(file: string): Checked {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-check-'));
  try {
    const copy = path.join(dir, DATABASE_FILE);
    fs.copyFileSync(file, copy);
    if (fs.existsSync(`${file}-wal`)) fs.copyFileSync(`${file}-wal`, `${copy}-wal`);
    return fullCheck(copy);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function readOnlyNote(problem: StorageProblem, dataDir: string): string {
  const what = problem === 'read_only' ? `数据文件夹只读：${dataDir}` : `没有权限写入数据文件夹：${dataDir}`;
  return `${what}。数据文件本身完好，但程序不能在这里保存改动；要继续使用，请取消只读（或授予写入权限），或把整个数据文件夹复制到可以写入的位置。`;
}

/** Keeps a copy of a damaged store for an expert; in a folder that cannot take it, says so instead. */
function reportDamaged(io: CliIo, dataDir: string, file: string, problems: string[], readOnly: StorageProblem | null): void {
  io.err(`数据文件已损坏：${file}`);
  for (const p of problems.slice(0, 10)) io.err(`  ${p}`);
  if (readOnly) {
    io.err('数据文件夹不能写入，损坏的文件没有另存；原文件没有被改动，请先把整个数据文件夹复制到可以写入的位置。');
    return;
  }
  try {
    io.err(`损坏的文件已另存在：${keepDamagedCopy(dataDir, file)}`);
  } catch (err) {
    const storage = storageError(err, { dataDir, folder: dataDir, outcome: '损坏的文件没有另存（原文件没有被改动）' });
    if (!storage) throw err;
    io.err(storage.message);
  }
}

export const checkCommand: CliCommand = {
  name: 'check',
  summary: '检查数据文件是否完好（不改动数据；损坏或来自更新版本时退出码非 0）',
  usage: 'fazhi check [--data 数据文件夹]',
  async run(args, io) {
    const { values } = parseFlags(args, { data: { type: 'string' } });
    const dataDir = resolveDataDir(values.data);
    const file = path.join(dataDir, DATABASE_FILE);
    if (!fs.existsSync(file)) {
      io.err(`数据文件夹中没有数据文件：${file}`);
      return 1;
    }
    if (isEmptyStoreFile(file)) {
      // SQLite takes an empty file for a sound, empty store; where a store was, it means a lost ledger.
      io.err(`数据文件是空的（0 字节），其中没有任何台账：${file}。这通常是复制中断或磁盘故障留下的，程序没有改动它。`);
      const latest = latestBackup(dataDir);
      io.err(latest ? `最近一份完好的备份：${latest.path}（${latest.entryCount} 条台账）。请打开法治台账，在恢复页面中从备份恢复。` : '没有找到备份。');
      return 1;
    }
    assertLooksLikeSqlite(file);
    const readOnly = folderWriteProblem(dataDir);
    let checked: Checked;
    try {
      checked = readOnly ? checkCopy(file) : fullCheck(file);
    } catch (err) {
      const storage = storageError(err, { dataDir, folder: readOnly ? os.tmpdir() : dataDir, outcome: '没有完成检查（数据文件没有被改动）' });
      if (!storage) throw err;
      io.err(storage.message);
      return 1;
    }
    if (checked.kind === 'newer') {
      io.err(`数据文件由更新版本的法治台账创建（数据版本 ${checked.version}，本程序只认识到 ${LATEST_SCHEMA_VERSION}），请用新版本打开。本程序没有检查也没有改动它：${file}`);
      return 1;
    }
    const latest = latestBackup(dataDir);
    const backupLine = latest ? `最近一份完好的备份：${latest.path}（${latest.entryCount} 条台账）` : '没有找到备份。';
    if (checked.kind === 'sound') {
      io.out(`数据文件完好${readOnly ? '（只读）' : ''}：${file}`);
      if (readOnly) io.out(readOnlyNote(readOnly, dataDir));
      io.out(backupLine);
      return 0;
    }
    reportDamaged(io, dataDir, file, checked.problems, readOnly);
    io.err(backupLine);
    io.err('请打开法治台账（桌面程序或浏览器模式），在恢复页面中从备份恢复。');
    return 1;
  },
};
