import ExcelJS from 'exceljs';

// The reading that bounded reading replaced: exceljs loads the whole workbook, then every cell of the
// used rectangle is turned into text. Kept only as a reference for normal sheets (it has no limits):
// the bounded reader must give the same rows, each up to its last cell with content.

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
    return '';
  }
  return String(value);
}

export async function exceljsRows(file: string): Promise<{ rows: string[][]; sheetName: string }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[0]!;
  const rows: string[][] = [];
  // Both counts walk every row: read them once, as the old reader did.
  const height = sheet.rowCount;
  const width = sheet.columnCount;
  for (let r = 1; r <= height; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value).trim());
    while (cells.length && cells[cells.length - 1] === '') cells.pop();
    rows.push(cells);
  }
  while (rows.length && rows[rows.length - 1]!.length === 0) rows.pop();
  return { rows, sheetName: sheet.name };
}
