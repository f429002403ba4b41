import { addressColumn, parseCellAddress, parseRange, rowNumber } from './cell-address';
import { TableGrid, type WorkbookBudget } from './table-grid';
import { cellTooLongAt, DAMAGED, TABLE_FILE_LIMITS, TableFileProblem } from './table-limits';
import { scanXml } from './xml-scanner';
import { attributes, decodeCellText, decodeXml } from './xml-text';

// The worksheet part, streamed: each cell's value becomes text as the cell closes and goes into a
// TableGrid, which refuses a cell past the row, column or cell limits the moment it appears. The
// sheet's <dimension ref> is not used: it is only a claim (a hostile file can state anything, and
// Excel counts formatted empty cells in it), and nothing here is sized from it.

export interface SheetFormats {
  /** Cell styles whose number format is a date (see xlsx-styles.ts). */
  dateStyles: ReadonlySet<number>;
  date1904: boolean;
}

interface OpenCell {
  row: number;
  column: number;
  type: string;
  style: number;
  hasValue: boolean;
  raw: string;
}

/** Raw text is at most this many times the decoded limit (&#x4E00; is 8 characters for one). */
const RAW_PER_CHAR = 10;

function isoFromUtcDate(d: Date): string {
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

/** A date cell's serial number as the calendar day it shows (the same arithmetic as exceljs). */
function serialToIsoDate(serial: number, date1904: boolean): string | null {
  const d = new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
  return Number.isNaN(d.getTime()) ? null : isoFromUtcDate(d);
}

function numberText(text: string, isDate: boolean, date1904: boolean): string {
  const n = parseFloat(text);
  if (!Number.isFinite(n)) return text.trim();
  return (isDate ? serialToIsoDate(n, date1904) : null) ?? String(n);
}

/** What a closed cell shows, as the old exceljs reading gave it; '' for no content. */
function cellValue(cell: OpenCell, formats: SheetFormats): string | number {
  const text = cell.type === 'str' || cell.type === 'inlineStr' ? decodeCellText(cell.raw) : decodeXml(cell.raw);
  switch (cell.type) {
    case 's': {
      const index = Number(text.trim());
      return Number.isSafeInteger(index) && index >= 0 && text.trim() !== '' ? index : '';
    }
    case 'str':
    case 'inlineStr':
      return text.trim();
    case 'b':
      return text.trim() === '' ? '' : String(parseInt(text, 10) !== 0);
    case 'e':
      return '';
    case 'd':
      return /^\d{4}-\d{2}-\d{2}/.exec(text.trim())?.[0] ?? text.trim();
    default:
      return text.trim() === '' ? '' : numberText(text, formats.dateStyles.has(cell.style), formats.date1904);
  }
}

/** `workbook` bounds this sheet together with the others of its workbook being read. */
export async function readSheetCells(chunks: AsyncIterable<string>, formats: SheetFormats, workbook: WorkbookBudget | null = null): Promise<TableGrid> {
  const grid = new TableGrid(workbook);
  const rawLimit = TABLE_FILE_LIMITS.cellChars * RAW_PER_CHAR;
  let row = 0;
  let lastColumn = 0;
  let cell: OpenCell | null = null;
  let collecting = false;
  let inInline = false;
  let inPhonetic = false;

  const closeCell = (c: OpenCell) => {
    if (!c.hasValue) return;
    const value = cellValue(c, formats);
    if (value === '') return;
    if (typeof value === 'string' && value.length > TABLE_FILE_LIMITS.cellChars) throw cellTooLongAt(c.row, c.column);
    grid.set(c.row, c.column, value);
  };

  await scanXml(chunks, {
    open(name, tag) {
      switch (name) {
        case 'row': {
          const r = attributes(tag).r;
          const n = r === undefined ? row + 1 : rowNumber(r);
          if (n === null) throw new TableFileProblem(DAMAGED);
          row = n;
          lastColumn = 0;
          return;
        }
        case 'c': {
          const a = attributes(tag);
          const column = a.r === undefined ? lastColumn + 1 : addressColumn(a.r);
          // A cell outside any row element takes its row from its own address.
          const cellRow = row || (a.r === undefined ? null : (parseCellAddress(a.r)?.row ?? null));
          if (column === null || !cellRow) throw new TableFileProblem(DAMAGED);
          lastColumn = column;
          cell = { row: cellRow, column, type: a.t ?? 'n', style: a.s === undefined ? 0 : Number(a.s), hasValue: false, raw: '' };
          return;
        }
        case 'v':
          if (cell) collecting = cell.hasValue = true;
          return;
        case 'is':
          if (cell) inInline = cell.hasValue = true;
          return;
        case 'rPh':
          inPhonetic = true;
          return;
        case 't':
          if (cell && inInline && !inPhonetic) collecting = true;
          return;
        case 'mergeCell': {
          const range = parseRange(attributes(tag).ref ?? '');
          if (range) grid.merge(range.from.row, range.from.column, range.to.row, range.to.column);
          return;
        }
      }
    },
    close(name) {
      switch (name) {
        case 'v':
        case 't':
          collecting = false;
          return;
        case 'rPh':
          inPhonetic = false;
          return;
        case 'is':
          inInline = false;
          return;
        case 'c':
          if (cell) closeCell(cell);
          cell = null;
          collecting = inInline = inPhonetic = false;
          return;
      }
    },
    text(raw) {
      if (!collecting || !cell) return;
      if (cell.raw.length + raw.length > rawLimit) throw cellTooLongAt(cell.row, cell.column);
      cell.raw += raw;
    },
  });
  return grid;
}
