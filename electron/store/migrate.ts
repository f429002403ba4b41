import type Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations/migration';

export function checkMigrationList(list: readonly Migration[]): void {
  list.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`迁移编号不连续：第${i + 1}个迁移的编号是${m.version}`);
  });
}

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function refuseNewerDatabase(version: number, latest: number, file: string): void {
  if (version > latest) {
    throw new AppError(
      'database_too_new',
      `数据文件来自更新版本的法治台账（数据版本 ${version}，本程序只认识到 ${latest}），为保护数据，程序没有打开也没有改动它。请安装新版本后再打开。文件位置：${file}`,
    );
  }
}

/**
 * Brings the database up to the latest schema. All pending migrations run in one transaction with
 * the new user_version, so a failure leaves the file exactly as it was.
 */
export function migrate(db: Database.Database, file: string, list: readonly Migration[] = MIGRATIONS): { from: number; to: number } {
  checkMigrationList(list);
  const from = schemaVersion(db);
  refuseNewerDatabase(from, list.length, file);
  const pending = list.slice(from);
  if (pending.length === 0) return { from, to: from };
  db.transaction(() => {
    for (const m of pending) {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }
  })();
  return { from, to: schemaVersion(db) };
}
