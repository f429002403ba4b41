import fs from 'node:fs';
import path from 'node:path';
import { readCsvTable } from './read-csv';
import { readXlsxTable } from './read-xlsx';
import { cantRead, DAMAGED, TABLE_FILE_LIMITS, TableFileProblem } from './table-limits';
import { XmlMalformed } from './xml-scanner';

export { TABLE_FILE_LIMITS } from './table-limits';

export interface TableFile {
  /** Row 0 is the header row; every cell as text (dates already as YYYY-MM-DD), trimmed. A row ends at its last cell with content. */
  rows: string[][];
  sheetName: string;
}

async function readRows(filePath: string, ext: string, displayName: string): Promise<TableFile> {
  if (ext === '.xlsx') return readXlsxTable(filePath);
  return { rows: readCsvTable(fs.readFileSync(filePath)), sheetName: path.basename(displayName) };
}

/**
 * Reads the first sheet of an .xlsx, or a CSV (UTF-8 with or without BOM; GBK also understood),
 * within TABLE_FILE_LIMITS: a file past one of them is refused as soon as the reading meets it,
 * with a message naming the limit.
 */
export async function readTableFile(filePath: string, displayName = path.basename(filePath)): Promise<TableFile> {
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
  let table: TableFile;
  try {
    table = await readRows(filePath, ext, displayName);
  } catch (err) {
    if (err instanceof TableFileProblem) throw cantRead(displayName, err.message);
    if (err instanceof XmlMalformed) throw cantRead(displayName, DAMAGED);
    throw err;
  }
  // Trailing blank rows are common in hand-kept sheets and are not errors.
  while (table.rows.length && table.rows[table.rows.length - 1]!.every((c) => c === '')) table.rows.pop();
  if (table.rows.length === 0) throw cantRead(displayName, '文件是空的');
  return table;
}
