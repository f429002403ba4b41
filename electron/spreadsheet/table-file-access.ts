import fs from 'node:fs';
import path from 'node:path';
import { cantRead, cantReadSheet, DAMAGED, SheetProblem, TABLE_FILE_LIMITS, TableFileProblem } from './table-limits';
import { XmlMalformed } from './xml-scanner';

// What every reading of a table file shares: which files are read at all (checked before a byte of
// them is), and how a problem met while reading becomes the Chinese message naming the file.

export type TableFileType = '.xlsx' | '.csv';

/** The file's type from the name the user gave it, once it is known to exist within the size limit. */
export function checkTableFile(filePath: string, displayName: string): TableFileType {
  const ext = path.extname(displayName).toLowerCase();
  if (ext === '.xls' || ext === '.et') throw cantRead(displayName, '这是旧版 Excel 格式，请在 Excel 或 WPS 中“另存为” .xlsx 后再导入');
  if (ext !== '.xlsx' && ext !== '.csv') throw cantRead(displayName, '只能导入 .xlsx 或 .csv 文件');
  let stat: fs.Stats;
  try {
    stat = fs.statSync(filePath);
  } catch {
    throw cantRead(displayName, '文件不存在或无法打开');
  }
  if (stat.size > TABLE_FILE_LIMITS.bytes) throw cantRead(displayName, `文件超过 ${TABLE_FILE_LIMITS.bytes / 1024 / 1024} MB 的上限`);
  return ext;
}

/** The reading's result, or its problem as an AppError naming the file (and the sheet, when one was at fault). */
export async function readingTableFile<T>(displayName: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (err) {
    throw asAppError(displayName, err);
  }
}

function asAppError(displayName: string, err: unknown): unknown {
  if (err instanceof SheetProblem) return cantReadSheet(displayName, err.sheet, err.message);
  if (err instanceof TableFileProblem) return cantRead(displayName, err.message);
  if (err instanceof XmlMalformed) return cantRead(displayName, DAMAGED);
  return err;
}

/** Hand-kept sheets often end in blank rows; they are not content. */
export function dropTrailingBlankRows(rows: string[][]): string[][] {
  while (rows.length && rows[rows.length - 1]!.every((c) => c === '')) rows.pop();
  return rows;
}

export const EMPTY_FILE = '文件是空的';
