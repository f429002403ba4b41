import { readCsvCells } from './csv-cells';
import { TableGrid } from './table-grid';
import { TABLE_FILE_LIMITS, TableFileProblem } from './table-limits';

/** Units save CSV from Excel in GBK as often as in UTF-8; read either rather than garble one. */
function decodeCsv(buffer: Buffer): string {
  const body = buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? buffer.subarray(3) : buffer;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return new TextDecoder('gb18030').decode(body);
  }
}

/** A CSV file's rows, with the same limits as a sheet (the file's size was checked before it was read). */
export function readCsvTable(buffer: Buffer): string[][] {
  const text = decodeCsv(buffer);
  if (text.includes('\u0000')) throw new TableFileProblem('这不是文本格式的 CSV 文件');
  const grid = new TableGrid();
  readCsvCells(text, grid, TABLE_FILE_LIMITS.cellChars);
  return grid.finish() as string[][];
}
