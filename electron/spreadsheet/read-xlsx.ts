import { WorkbookBudget } from './table-grid';
import type { GridCell } from './table-grid';
import { sheetsTooBig, SheetProblem, TABLE_FILE_LIMITS, TableFileProblem, tooManySheets, WorkbookProblem } from './table-limits';
import { openXlsxPackage } from './xlsx-package';
import { readSheetCells } from './xlsx-sheet';
import { resolveSharedStrings } from './xlsx-shared-strings';
import { readDateStyles } from './xlsx-styles';
import { readWorkbookParts, readWorkbookSheets } from './xlsx-workbook';

// Sheets of an .xlsx, read part by part straight from the zip: the workbook's list of sheets, the
// date styles, each sheet's cells (streamed, every limit checked as a cell appears), then only the
// shared strings those cells use. Nothing is sized from what the file claims.

export async function readXlsxTable(file: string): Promise<{ rows: string[][]; sheetName: string }> {
  const pkg = openXlsxPackage(file);
  const parts = await readWorkbookParts(pkg);
  const dateStyles = await readDateStyles(pkg, parts.styles);
  const grid = await readSheetCells(pkg.text(parts.sheet, TABLE_FILE_LIMITS.partBytes, '工作表'), { dateStyles, date1904: parts.date1904 });
  const shared = parts.sharedStrings;
  const rows = await resolveSharedStrings(grid.finish(), shared ? () => pkg.text(shared, TABLE_FILE_LIMITS.partBytes, '共享文字表') : null);
  return { rows, sheetName: parts.sheetName };
}

/**
 * Every worksheet, in workbook order. Each sheet has the limits of one sheet, and all of them
 * together the cell limits of one sheet and the unpacked size of one part, so many sheets cannot add
 * up past what one may hold. A problem inside one of several sheets names that sheet.
 */
export async function readXlsxSheets(file: string): Promise<{ name: string; rows: string[][] }[]> {
  const pkg = openXlsxPackage(file);
  const parts = await readWorkbookSheets(pkg);
  if (parts.sheets.length === 0) throw new TableFileProblem('工作簿中没有工作表');
  if (parts.sheets.length > TABLE_FILE_LIMITS.sheets) throw tooManySheets(parts.sheets.length);
  // Refused from the directory before any sheet is inflated (each part still checks its own size as it inflates).
  const unpacked = parts.sheets.reduce((sum, s) => sum + s.entry.size, 0);
  if (unpacked > TABLE_FILE_LIMITS.partBytes && parts.sheets.length > 1) throw sheetsTooBig(TABLE_FILE_LIMITS.partBytes);
  const dateStyles = await readDateStyles(pkg, parts.styles);
  const formats = { dateStyles, date1904: parts.date1904 };
  const budget = new WorkbookBudget();
  const grids: GridCell[][][] = [];
  for (const sheet of parts.sheets) {
    try {
      grids.push((await readSheetCells(pkg.text(sheet.entry, TABLE_FILE_LIMITS.partBytes, '工作表'), formats, budget)).finish());
    } catch (err) {
      // With one sheet there is nowhere else to look, and its messages stay those of readTableFile.
      if (parts.sheets.length > 1 && err instanceof TableFileProblem && !(err instanceof WorkbookProblem)) throw new SheetProblem(sheet.name, err.message);
      throw err;
    }
  }
  // One pass over the shared strings for all sheets: the rows are resolved in place.
  const shared = parts.sharedStrings;
  await resolveSharedStrings(grids.flat(), shared ? () => pkg.text(shared, TABLE_FILE_LIMITS.partBytes, '共享文字表') : null);
  return parts.sheets.map((s, i) => ({ name: s.name, rows: grids[i] as string[][] }));
}
