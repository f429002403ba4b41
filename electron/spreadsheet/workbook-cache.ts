import fs from 'node:fs';
import type { TableSheet } from './read-table-sheets';
import { readTableSheets } from './read-table-sheets';

// The import dialog previews a file again at every choice the user makes (sheet, a column, the year)
// and then imports it. Reading a 10,000-row workbook is the slow part and the file does not change,
// so its sheets are kept between calls, keyed by the staged file and its size and time (a staged file
// is never rewritten, but checking costs nothing). Rows are always checked afresh: the choices and
// the store may have changed.

const KEEP = 4;
const cache = new Map<string, { size: number; mtimeMs: number; sheets: TableSheet[] }>();

export async function sheetsOf(key: string, filePath: string, fileName: string): Promise<TableSheet[]> {
  const stat = fs.statSync(filePath);
  const hit = cache.get(key);
  if (hit && hit.size === stat.size && hit.mtimeMs === stat.mtimeMs) return hit.sheets;
  const { sheets } = await readTableSheets(filePath, fileName);
  cache.delete(key);
  cache.set(key, { size: stat.size, mtimeMs: stat.mtimeMs, sheets });
  while (cache.size > KEEP) cache.delete(cache.keys().next().value as string);
  return sheets;
}

export function forgetSheets(key: string): void {
  cache.delete(key);
}
