import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { latestBackup } from '../../backup/create-backup';
import { keepDamagedCopy } from '../../backup/keep-damaged-copy';
import { DATABASE_FILE, resolveDataDir } from '../../data-dir';
import { assertLooksLikeSqlite } from '../../store/open-database';
import type { CliCommand } from '../cli-types';
import { parseFlags } from '../parse-flags';

/** SQLite's full integrity check and the foreign keys, on a read-only connection: nothing is written. */
function fullCheck(file: string): string[] {
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const rows = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
    const problems = rows.length === 1 && rows[0] === 'ok' ? [] : rows;
    const links = db.pragma('foreign_key_check') as unknown[];
    if (links.length) problems.push(`${links.length} 处记录关联不完整`);
    return problems;
  } catch (err) {
    return [(err as Error).message];
  } finally {
    db?.close();
  }
}

export const checkCommand: CliCommand = {
  name: 'check',
  summary: '检查数据文件是否完好（不改动数据；损坏时退出码非 0）',
  usage: 'fazhi check [--data 数据文件夹]',
  async run(args, io) {
    const { values } = parseFlags(args, { data: { type: 'string' } });
    const dataDir = resolveDataDir(values.data);
    const file = path.join(dataDir, DATABASE_FILE);
    if (!fs.existsSync(file)) {
      io.err(`数据文件夹中没有数据文件：${file}`);
      return 1;
    }
    assertLooksLikeSqlite(file);
    const problems = fullCheck(file);
    const latest = latestBackup(dataDir);
    const backupLine = latest ? `最近一份完好的备份：${latest.path}（${latest.entryCount} 条台账）` : '没有找到备份。';
    if (problems.length === 0) {
      io.out(`数据文件完好：${file}`);
      io.out(backupLine);
      return 0;
    }
    const copy = keepDamagedCopy(dataDir, file);
    io.err(`数据文件已损坏：${file}`);
    for (const p of problems.slice(0, 10)) io.err(`  ${p}`);
    io.err(`损坏的文件已另存在：${copy}`);
    io.err(backupLine);
    io.err('请打开法治台账（桌面程序或浏览器模式），在恢复页面中从备份恢复。');
    return 1;
  },
};
