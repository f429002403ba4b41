import fs from 'node:fs';
import path from 'node:path';
import { readCsvTable } from './read-csv';
import { readXlsxTable } from './read-xlsx';
import { checkTableFile, dropTrailingBlankRows, EMPTY_FILE, readingTableFile } from './table-file-access';
import { cantRead } from './table-limits';

export { TABLE_FILE_LIMITS } from './table-limits';
export { readTableSheets } from './read-table-sheets';
export type { TableSheet, TableSheets } from './read-table-sheets';

export interface TableFile {
  /** Row 0 is the header row; every cell as text (dates already as YYYY-MM-DD), trimmed. A row ends at its last cell with content. */
  rows: string[][];
  sheetName: string;
}

/**
 * Reads the first sheet of an .xlsx, or a CSV (UTF-8 with or without BOM; GBK also understood),
 * within TABLE_FILE_LIMITS: a file past one of them is refused as soon as the reading meets it,
 * with a message naming the limit. (`readTableSheets` reads every sheet.)
 */
export async function readTableFile(filePath: string, displayName = path.basename(filePath)): Promise<TableFile> {
  const type = checkTableFile(filePath, displayName);
  const table = await readingTableFile(displayName, async () =>
    type === '.xlsx' ? readXlsxTable(filePath) : { rows: readCsvTable(fs.readFileSync(filePath)), sheetName: path.basename(displayName) },
  );
  dropTrailingBlankRows(table.rows);
  if (table.rows.length === 0) throw cantRead(displayName, EMPTY_FILE);
  return table;
}
