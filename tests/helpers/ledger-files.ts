import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';

/** Writes an .xlsx whose first sheet holds these rows (row 0 = header), as a unit's own 台账 would. */
export async function writeXlsx(file: string, rows: (string | number | Date | null)[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('2024年台账');
  for (const row of rows) sheet.addRow(row);
  await workbook.xlsx.writeFile(file);
  return file;
}

export function writeCsv(file: string, rows: string[][], bom = true): string {
  const text = rows.map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\r\n');
  fs.writeFileSync(file, Buffer.concat([Buffer.from(bom ? '\ufeff' : ''), Buffer.from(text)]));
  return file;
}

export async function readXlsxRows(file: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[0]!;
  const rows: string[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))));
  return rows;
}

export function inDir(dir: string, name: string): string {
  return path.join(dir, name);
}
