import { TABLE_FILE_LIMITS } from './table-limits';
import { openXlsxPackage } from './xlsx-package';
import { readSheetCells } from './xlsx-sheet';
import { resolveSharedStrings } from './xlsx-shared-strings';
import { readDateStyles } from './xlsx-styles';
import { readWorkbookParts } from './xlsx-workbook';

// The first sheet of an .xlsx, read part by part straight from the zip: the workbook's list of
// sheets, the date styles, the sheet's cells (streamed, every limit checked as a cell appears), then
// only the shared strings those cells use. Nothing is sized from what the file claims.

export async function readXlsxTable(file: string): Promise<{ rows: string[][]; sheetName: string }> {
  const pkg = openXlsxPackage(file);
  const parts = await readWorkbookParts(pkg);
  const dateStyles = await readDateStyles(pkg, parts.styles);
  const grid = await readSheetCells(pkg.text(parts.sheet, TABLE_FILE_LIMITS.partBytes, '工作表'), { dateStyles, date1904: parts.date1904 });
  const shared = parts.sharedStrings;
  const rows = await resolveSharedStrings(grid.finish(), shared ? () => pkg.text(shared, TABLE_FILE_LIMITS.partBytes, '共享文字表') : null);
  return { rows, sheetName: parts.sheetName };
}
