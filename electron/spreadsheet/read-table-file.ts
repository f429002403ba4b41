import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';

/** Stated limits for a spreadsheet to import. */
export const TABLE_FILE_LIMITS = { bytes: 50 * 1024 * 1024, rows: 100_000 } as const;

export interface TableFile {
  /** Row 0 is the header row; every cell as text (dates already as YYYY-MM-DD). */
  rows: string[][];
  sheetName: string;
}

function cant(name: string, why: string): AppError {
  return new AppError('invalid_input', `无法读取“${name}”：${why}`);
}

function isoFromUtcDate(d: Date): string {
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return isoFromUtcDate(value);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('error' in value) return '';
    return '';
  }
  return String(value);
}

async function readXlsx(buffer: Buffer, name: string): Promise<TableFile> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw cant(name, '文件已损坏，或不是 Excel 工作簿（.xlsx）');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw cant(name, '工作簿中没有工作表');
  if (sheet.rowCount > TABLE_FILE_LIMITS.rows + 1) throw cant(name, `超过 ${TABLE_FILE_LIMITS.rows} 行的上限，请分成几个文件导入`);
  const rows: string[][] = [];
  const width = sheet.columnCount;
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value).trim());
    rows.push(cells);
  }
  return { rows, sheetName: sheet.name };
}

/** Units save CSV from Excel in GBK as often as in UTF-8; read either rather than garble one. */
function decodeCsv(buffer: Buffer): string {
  const body = buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? buffer.subarray(3) : buffer;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return new TextDecoder('gb18030').decode(body);
  }
}

function readCsv(buffer: Buffer, name: string): TableFile {
  const text = decodeCsv(buffer);
  if (text.includes('\u0000')) throw cant(name, '这不是文本格式的 CSV 文件');
  let rows: string[][];
  try {
    rows = parseCsv(text, { relax_column_count: true, skip_empty_lines: false, trim: true }) as string[][];
  } catch (err) {
    const line = (err as { lines?: number }).lines;
    throw cant(name, `CSV 格式有误${line ? `（约第${line}行，多半是引号没有成对）` : ''}`);
  }
  if (rows.length > TABLE_FILE_LIMITS.rows + 1) throw cant(name, `超过 ${TABLE_FILE_LIMITS.rows} 行的上限，请分成几个文件导入`);
  return { rows, sheetName: path.basename(name) };
}

/** Reads the first sheet of an .xlsx, or a CSV (UTF-8 with or without BOM; GBK also understood). */
export async function readTableFile(filePath: string, displayName = path.basename(filePath)): Promise<TableFile> {
  const ext = path.extname(displayName).toLowerCase();
  if (ext === '.xls' || ext === '.et') throw cant(displayName, '这是旧版 Excel 格式，请在 Excel 或 WPS 中“另存为” .xlsx 后再导入');
  if (ext !== '.xlsx' && ext !== '.csv') throw cant(displayName, '只能导入 .xlsx 或 .csv 文件');
  let stat: fs.Stats;
  try {
    stat = fs.statSync(filePath);
  } catch {
    throw cant(displayName, '文件不存在或无法打开');
  }
  if (stat.size > TABLE_FILE_LIMITS.bytes) throw cant(displayName, `文件超过 ${TABLE_FILE_LIMITS.bytes / 1024 / 1024} MB 的上限`);
  const buffer = fs.readFileSync(filePath);
  const table = ext === '.xlsx' ? await readXlsx(buffer, displayName) : readCsv(buffer, displayName);
  // Trailing blank rows are common in hand-kept sheets and are not errors.
  while (table.rows.length && table.rows[table.rows.length - 1]!.every((c) => c === '')) table.rows.pop();
  if (table.rows.length === 0) throw cant(displayName, '文件是空的');
  return table;
}
