import type Database from 'better-sqlite3';
import fs from 'node:fs';
import type { CheckedRows } from './plan-import';
import { checkRows } from './plan-import';

// The import dialog previews a file and then imports the same staged file. Reading and checking a
// 10,000-row sheet is most of the cost, so the checked rows are kept between the two, keyed by the
// staged file and its size and time (a staged file is never rewritten, but a check costs nothing).
// Duplicates are always decided afresh against the store at commit time.

const KEEP = 4;
const cache = new Map<string, { size: number; mtimeMs: number; rows: CheckedRows }>();

export async function checkedRowsFor(db: Database.Database, key: string, filePath: string, fileName: string): Promise<CheckedRows> {
  const stat = fs.statSync(filePath);
  const hit = cache.get(key);
  if (hit && hit.size === stat.size && hit.mtimeMs === stat.mtimeMs) return hit.rows;
  const rows = await checkRows(db, filePath, fileName);
  cache.delete(key);
  cache.set(key, { size: stat.size, mtimeMs: stat.mtimeMs, rows });
  while (cache.size > KEEP) cache.delete(cache.keys().next().value as string);
  return rows;
}

export function forgetCheckedRows(key: string): void {
  cache.delete(key);
}
