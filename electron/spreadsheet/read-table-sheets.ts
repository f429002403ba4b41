import fs from 'node:fs';
import path from 'node:path';
import { readCsvTable } from './read-csv';
import { readXlsxSheets } from './read-xlsx';
import { checkTableFile, dropTrailingBlankRows, EMPTY_FILE, readingTableFile } from './table-file-access';
import { cantRead } from './table-limits';

export interface TableSheet {
  /** The sheet's tab name; for a CSV, the file's name without its extension (units name the kind of 台账 there). */
  name: string;
  /** Every cell as text (dates already as YYYY-MM-DD), trimmed, merged ranges filled; trailing blank rows dropped; [] for an empty sheet. */
  rows: string[][];
}

export interface TableSheets {
  /** In workbook order; chart sheets left out. */
  sheets: TableSheet[];
}

/**
 * Reads every worksheet of an .xlsx (at most TABLE_FILE_LIMITS.sheets of them), or a CSV as one
 * sheet, within the limits of readTableFile for each sheet and, for the cells, for all of them
 * together. An empty sheet is kept (with no rows); a file with nothing in any sheet is refused.
 */
export async function readTableSheets(filePath: string, displayName = path.basename(filePath)): Promise<TableSheets> {
  const type = checkTableFile(filePath, displayName);
  const sheets = await readingTableFile(displayName, async () =>
    type === '.xlsx' ? readXlsxSheets(filePath) : [{ name: path.basename(displayName, path.extname(displayName)), rows: readCsvTable(fs.readFileSync(filePath)) }],
  );
  for (const sheet of sheets) dropTrailingBlankRows(sheet.rows);
  if (sheets.every((s) => s.rows.length === 0)) throw cantRead(displayName, EMPTY_FILE);
  return { sheets };
}
