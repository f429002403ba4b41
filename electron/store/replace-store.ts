import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';
import { syncSearchIndex } from './activity-search';
import { migrate } from './migrate';
import { assertLooksLikeSqlite } from './open-database';

// The full-text index is derived data: its rows are rebuilt from the copied entries (the triggers on
// `activities` mark every copied entry for indexing), never copied, so an index from another build
// can never point at the wrong entries.
const DERIVED_TABLES = /^(activity_fts(_.*)?|activity_search_docs)$/;

// The audit log is this store's own record of what was done to it: append-only (its triggers refuse
// the delete), and a restore or a replace must not take back the record of what happened since.
const ALWAYS_KEPT = ['audit_log'];

export interface ReplaceStoreOptions {
  /** Folder for the checked copy of the source; created if missing, the copy is removed afterwards. */
  workDir: string;
  /** Tables whose rows stay as they are (e.g. this machine's settings when moving data in). */
  keepTables?: readonly string[];
}

export interface ReplaceStoreResult {
  /** The source's schema version before it was brought up to date. */
  sourceSchemaVersion: number;
  entries: number;
}

/**
 * Replaces every row of the open store with those of another store file (a backup, a data package's
 * database), in one transaction on the open connection: the handlers' connection stays valid, and
 * a crash or a failed check leaves the store exactly as it was. The source itself is never written:
 * a copy of it is checked (SQLite header, schema not newer than ours, migrated to ours, integrity and
 * foreign keys) before anything in the store changes.
 */
export function replaceStoreContents(db: Database.Database, sourceFile: string, options: ReplaceStoreOptions): ReplaceStoreResult {
  if (!fs.existsSync(sourceFile)) throw new AppError('not_found', `找不到要恢复的数据文件：${sourceFile}`);
  assertLooksLikeSqlite(sourceFile);
  fs.mkdirSync(options.workDir, { recursive: true });
  const copy = path.join(options.workDir, `replace-${process.pid}-${Date.now()}.db`);
  try {
    fs.copyFileSync(sourceFile, copy);
    const sourceSchemaVersion = checkAndMigrateCopy(copy, sourceFile);
    const keep = new Set([...ALWAYS_KEPT, ...(options.keepTables ?? [])]);
    const tables = userTables(db).filter((t) => !keep.has(t));
    db.prepare('ATTACH DATABASE ? AS source').run(copy);
    try {
      const sourceTables = new Set(userTables(db, 'source'));
      for (const table of tables) {
        if (!sourceTables.has(table)) throw new AppError('invalid_input', `数据文件缺少数据表“${table}”，无法恢复。文件位置：${sourceFile}`);
      }
      db.transaction(() => {
        db.pragma('defer_foreign_keys = ON');
        for (const table of tables) db.prepare(`DELETE FROM main."${table}"`).run();
        db.prepare('DELETE FROM main.activity_search_docs').run();
        db.prepare("INSERT INTO main.activity_fts (activity_fts) VALUES ('delete-all')").run();
        for (const table of tables) {
          const columns = columnList(db, table);
          db.prepare(`INSERT INTO main."${table}" (${columns}) SELECT ${columns} FROM source."${table}"`).run();
        }
      })();
    } finally {
      db.prepare('DETACH DATABASE source').run();
    }
    syncSearchIndex(db);
    const entries = db.prepare('SELECT count(*) FROM activities').pluck().get() as number;
    return { sourceSchemaVersion, entries };
  } finally {
    for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(copy + suffix, { force: true });
  }
}

function checkAndMigrateCopy(copy: string, original: string): number {
  let source: Database.Database;
  try {
    source = new Database(copy);
  } catch (err) {
    throw new AppError('database_damaged', `无法打开要恢复的数据文件：${original}（${(err as Error).message}）`);
  }
  try {
    const integrity = source.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new AppError('database_damaged', `要恢复的数据文件已损坏，没有恢复。文件位置：${original}`);
    const { from } = migrate(source, original);
    const brokenLinks = source.pragma('foreign_key_check') as unknown[];
    if (brokenLinks.length > 0) throw new AppError('database_damaged', `要恢复的数据文件中有 ${brokenLinks.length} 处记录关联不完整，没有恢复。文件位置：${original}`);
    return from;
  } catch (err) {
    if (err instanceof AppError) throw err;
    const code = (err as { code?: string }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
      throw new AppError('database_damaged', `要恢复的数据文件已损坏，没有恢复。文件位置：${original}`);
    }
    throw err;
  } finally {
    source.close();
  }
}

function userTables(db: Database.Database, schema = 'main'): string[] {
  const names = db
    .prepare(`SELECT name FROM ${schema}.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .pluck()
    .all() as string[];
  return names.filter((n) => !DERIVED_TABLES.test(n));
}

function columnList(db: Database.Database, table: string): string {
  const columns = db.prepare(`SELECT name FROM main.pragma_table_info(?)`).pluck().all(table) as string[];
  return columns.map((c) => `"${c}"`).join(', ');
}
