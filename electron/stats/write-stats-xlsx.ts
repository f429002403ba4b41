import ExcelJS from 'exceljs';
import type { StatsSheet } from '../../shared/stats/stats-sheets';
import { sheetName } from '../report/ledger/write-ledger-tables-xlsx';

// Row 1 the title, row 2 the header (both frozen), then the figures as numbers, then the notes.

export const STATS_HEADER_ROW = 2;

export async function statsXlsx(sheets: readonly StatsSheet[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '法治台账';
  for (const s of sheets) {
    const sheet = workbook.addWorksheet(sheetName(s.name), { views: [{ state: 'frozen', ySplit: STATS_HEADER_ROW }] });
    sheet.columns = s.columns.map((c, i) => ({ width: i === 0 ? 28 : Math.max(12, [...c].length * 2 + 2) }));
    const title = sheet.addRow([s.title]);
    title.font = { bold: true, size: 14 };
    sheet.mergeCells(1, 1, 1, s.columns.length);
    title.alignment = { horizontal: 'center' };
    const header = sheet.addRow(s.columns);
    header.font = { bold: true };
    header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    for (const r of s.rows) sheet.addRow(r.map((cell) => cell ?? undefined));
    const last = sheet.lastRow;
    if (last && String(last.getCell(1).value) === '合计') last.font = { bold: true };
    if (s.notes.length) sheet.addRow([]);
    for (const note of s.notes) {
      const row = sheet.addRow([`注：${note}`]);
      sheet.mergeCells(row.number, 1, row.number, s.columns.length);
      row.alignment = { wrapText: true, vertical: 'top' };
      row.height = 30;
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
