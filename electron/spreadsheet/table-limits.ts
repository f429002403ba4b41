import { AppError } from '../../shared/errors';
import { columnLetters } from './cell-address';

/**
 * Stated limits for a spreadsheet to import. Each is checked against what the file holds while it is
 * read, before the cells beyond it exist in memory, and every refusal names the limit it hit.
 */
export const TABLE_FILE_LIMITS = {
  /** The file as uploaded. */
  bytes: 50 * 1024 * 1024,
  /** Data rows below the header row. */
  rows: 100_000,
  /** The last column with content: the layout has 17 columns plus the metric columns a unit adds. */
  columns: 200,
  /** Cells kept, each row counted up to its last cell with content (100,000 rows × 30 columns). */
  cells: 3_000_000,
  /** One part of an .xlsx once unpacked (the sheet, the shared strings). */
  partBytes: 200 * 1024 * 1024,
  /** The small parts of an .xlsx (workbook, relationships, styles). */
  smallPartBytes: 16 * 1024 * 1024,
  /** Characters in one cell: Excel's own limit. */
  cellChars: 32_767,
  /** Worksheets read from one workbook (a unit keeps one sheet per kind of 台账, a dozen or so). */
  sheets: 50,
} as const;

/** Why a file cannot be imported, without the file's name; `cantRead` adds it. */
export class TableFileProblem extends Error {}

/** A problem met inside one worksheet of several: the message names the sheet, so the user knows where to look. */
export class SheetProblem extends TableFileProblem {
  constructor(
    readonly sheet: string,
    why: string,
  ) {
    super(why);
  }
}

/** A bound on the workbook as a whole (all its sheets together), so not the fault of the sheet where it was met. */
export class WorkbookProblem extends TableFileProblem {}

export function cantRead(name: string, why: string): AppError {
  return new AppError('invalid_input', `无法读取“${name}”：${why}`);
}

export function cantReadSheet(name: string, sheet: string, why: string): AppError {
  return new AppError('invalid_input', `无法读取“${name}”的工作表“${sheet}”：${why}`);
}

export const DAMAGED = '文件已损坏，或不是 Excel 工作簿（.xlsx）';

function address(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

export function tooManyRows(row: number, column: number): TableFileProblem {
  const { rows } = TABLE_FILE_LIMITS;
  return new TableFileProblem(`表格超过了 ${rows} 行的上限（第 ${row} 行还有内容，在单元格 ${address(row, column)}；第 1 行是表头），请分成几个文件导入`);
}

export function tooManyColumns(row: number, column: number): TableFileProblem {
  return new TableFileProblem(`表格超过了 ${TABLE_FILE_LIMITS.columns} 列（第 ${column} 列有内容，在单元格 ${address(row, column)}），请只保留台账的列后再导入`);
}

export function tooManyCells(): TableFileProblem {
  return new TableFileProblem(`表格太大：单元格超过了 ${TABLE_FILE_LIMITS.cells / 10_000} 万个（每行算到最后一个有内容的列），请分成几个文件导入`);
}

export function tooManyMergedCells(): TableFileProblem {
  return new TableFileProblem(`表格中合并的单元格超过了 ${TABLE_FILE_LIMITS.cells / 10_000} 万个，请取消合并后再导入`);
}

export function cellTooLong(where: string): TableFileProblem {
  return new TableFileProblem(`${where}的内容超过了 ${TABLE_FILE_LIMITS.cellChars} 个字符（Excel 一个单元格的上限），文件可能已损坏`);
}

export function cellTooLongAt(row: number, column: number): TableFileProblem {
  return cellTooLong(`单元格 ${address(row, column)} `);
}

export function partTooBig(what: string, limit: number): TableFileProblem {
  return new TableFileProblem(`其中的${what}解压后超过 ${limit / 1024 / 1024} MB 的上限（可能是恶意构造的“压缩炸弹”），请在 Excel 或 WPS 中只保留台账后另存，再导入`);
}

export function tooManySheets(count: number): WorkbookProblem {
  return new WorkbookProblem(`工作簿中有 ${count} 个工作表，超过了 ${TABLE_FILE_LIMITS.sheets} 个的上限，请只保留要导入的台账工作表（可分成几个文件）后再导入`);
}

export function tooManyCellsInWorkbook(): WorkbookProblem {
  return new WorkbookProblem(
    `工作簿太大：各工作表的单元格合计超过了 ${TABLE_FILE_LIMITS.cells / 10_000} 万个（每行算到最后一个有内容的列，空行也算一个），请分成几个文件导入`,
  );
}

export function tooManyMergedCellsInWorkbook(): WorkbookProblem {
  return new WorkbookProblem(`各工作表中合并的单元格合计超过了 ${TABLE_FILE_LIMITS.cells / 10_000} 万个，请取消合并后再导入`);
}

export function sheetsTooBig(limit: number): WorkbookProblem {
  return new WorkbookProblem(`其中的工作表解压后合计超过 ${limit / 1024 / 1024} MB 的上限（可能是恶意构造的“压缩炸弹”），请在 Excel 或 WPS 中只保留台账后另存，再导入`);
}
