import { TABLE_FILE_LIMITS, tooManyCells, tooManyCellsInWorkbook, tooManyColumns, tooManyMergedCells, tooManyMergedCellsInWorkbook, tooManyRows } from './table-limits';

// The cells of a sheet as they are read, with every limit checked before a cell is stored: a row
// holds cells only up to its last one with content, empty cells elsewhere cost nothing, so a single
// far-away cell is refused (or kept) without building the rectangle up to it.

/** A cell's text, or the index of its text in the shared-string table (resolved once the sheet is read). */
export type GridCell = string | number;

/**
 * What the grids of one workbook's sheets hold together, bounded like one sheet's cells: without it a
 * workbook of many sheets, each just inside the limits, would hold many times what one sheet may.
 * A row without cells counts as one here, since each costs an array: 50 sheets of one cell at row
 * 100,001 would otherwise be 5 million empty rows.
 */
export class WorkbookBudget {
  cells = 0;
  merged = 0;

  spendCells(n: number): void {
    this.cells += n;
    if (this.cells > TABLE_FILE_LIMITS.cells) throw tooManyCellsInWorkbook();
  }

  spendMerged(n: number): void {
    this.merged += n;
    if (this.merged > TABLE_FILE_LIMITS.cells) throw tooManyMergedCellsInWorkbook();
  }
}

export class TableGrid {
  private readonly rows: GridCell[][] = [];
  /** Cells stored, each row counted up to its last cell with content. */
  private stored = 0;
  private merged = 0;
  /** The extent of the cells read from the file (merged copies aside). */
  lastRow = 0;
  lastColumn = 0;

  /** `workbook`, when this sheet is one of several read together. */
  constructor(private readonly workbook: WorkbookBudget | null = null) {}

  /** A cell with content, 1-based. */
  set(row: number, column: number, value: GridCell): void {
    if (column > TABLE_FILE_LIMITS.columns) throw tooManyColumns(row, column);
    if (row > TABLE_FILE_LIMITS.rows + 1) throw tooManyRows(row, column);
    this.put(row, column, value);
    if (row > this.lastRow) this.lastRow = row;
    if (column > this.lastColumn) this.lastColumn = column;
  }

  /**
   * A merged range shows its top-left cell's value in every cell, as Excel shows it (and exceljs
   * read it). Copies are made only inside the extent of the cells read, so a merge reaching to the
   * sheet's edge adds nothing, and all merges together are bounded like the cells.
   */
  merge(top: number, left: number, bottom: number, right: number): void {
    const master = this.rows[top - 1]?.[left - 1];
    if (master === undefined || master === '') return;
    const lastRow = Math.min(bottom, this.lastRow);
    const lastColumn = Math.min(right, this.lastColumn);
    if (lastRow < top || lastColumn < left) return;
    const copies = (lastRow - top + 1) * (lastColumn - left + 1) - 1;
    this.merged += copies;
    if (this.merged > TABLE_FILE_LIMITS.cells) throw tooManyMergedCells();
    this.workbook?.spendMerged(copies);
    for (let r = top; r <= lastRow; r++) {
      for (let c = left; c <= lastColumn; c++) if (r !== top || c !== left) this.put(r, c, master);
    }
  }

  /** Every row, from row 1 to the last one with a cell (rows without one are empty). */
  finish(): GridCell[][] {
    return this.rows;
  }

  private put(row: number, column: number, value: GridCell): void {
    let cells = this.rows[row - 1];
    if (!cells) {
      // Fill skipped rows as they are passed, so the array never has holes.
      this.workbook?.spendCells(Math.max(0, row - 1 - this.rows.length));
      while (this.rows.length < row - 1) this.rows.push([]);
      cells = this.rows[row - 1] = [];
    }
    if (column > cells.length) {
      this.stored += column - cells.length;
      if (this.stored > TABLE_FILE_LIMITS.cells) throw tooManyCells();
      this.workbook?.spendCells(column - cells.length);
      while (cells.length < column - 1) cells.push('');
      cells.push(value);
    } else cells[column - 1] = value;
  }
}
