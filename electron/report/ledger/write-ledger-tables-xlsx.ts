import ExcelJS from 'exceljs';
import type { LedgerCell, LedgerTableKey, LedgerUnitFacts } from '../../../shared/domain/ledger-tables';
import { ALL_ENTRIES_TABLE, LEDGER_TABLES, allEntriesRow, ledgerRow, ledgerTablesOf } from '../../../shared/domain/ledger-tables';
import type { LedgerYear } from './gather-ledger';

// One sheet per ledger type (ledger.md), then 全部台账. Row 1 is the title (“XX单位2024年学法台账”),
// row 2 the header, exactly as ledger.md names the columns; both frozen, the header bold.

export const LEDGER_HEADER_ROW = 2;

export interface LedgerTablesContent {
  /** Sheet name → rows (without title and header), in sheet order. */
  sheets: { name: string; title: string; columns: readonly string[]; rows: LedgerCell[][] }[];
}

/** Which sheet gets which rows: pure, shared by the .xlsx and any other layout. */
export function ledgerTablesContent(data: LedgerYear, year: number, unitName: string, unit: LedgerUnitFacts): LedgerTablesContent {
  const byTable = new Map<LedgerTableKey, LedgerCell[][]>(LEDGER_TABLES.map((t) => [t.key, []]));
  const all: LedgerCell[][] = [];
  for (const a of data.entries) {
    const evidence = data.evidence.get(a.id) ?? [];
    const tables = ledgerTablesOf({ categoryKey: data.categoryKeys.get(a.categoryId) ?? null, title: a.title, tags: a.tags, leaderRole: a.leaderRole, docTitle: a.docTitle });
    for (const key of tables) byTable.get(key)!.push(ledgerRow(key, a, evidence, unit));
    all.push(allEntriesRow(a, evidence, tables));
  }
  const title = (name: string) => `${unitName}${year}年${name}台账`;
  return {
    sheets: [
      ...LEDGER_TABLES.map((t) => ({ name: t.name, title: title(t.name), columns: t.columns, rows: byTable.get(t.key)! })),
      { name: ALL_ENTRIES_TABLE.name, title: `${unitName}${year}年法治工作台账（全部）`, columns: ALL_ENTRIES_TABLE.columns, rows: all },
    ],
  };
}

/** Excel forbids \ / ? * [ ] : in sheet names and allows 31 characters. */
export function sheetName(name: string): string {
  return name.replace(/[\\/?*[\]:]/g, '、').slice(0, 31);
}

function widthOf(column: string, rows: readonly LedgerCell[][], index: number): number {
  let longest = [...column].length * 2;
  for (const r of rows.slice(0, 500)) {
    const text = String(r[index] ?? '');
    // CJK characters take two columns.
    const w = [...text].reduce((n, ch) => n + (ch.charCodeAt(0) > 0xff ? 2 : 1), 0);
    longest = Math.max(longest, w);
  }
  return Math.min(60, Math.max(10, longest + 2));
}

export async function ledgerTablesXlsx(content: LedgerTablesContent): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '法治台账';
  for (const s of content.sheets) {
    const sheet = workbook.addWorksheet(sheetName(s.name), { views: [{ state: 'frozen', ySplit: LEDGER_HEADER_ROW }] });
    sheet.columns = s.columns.map((c, i) => ({ width: widthOf(c, s.rows, i) }));
    const titleRow = sheet.addRow([s.title]);
    titleRow.font = { bold: true, size: 14 };
    sheet.mergeCells(1, 1, 1, s.columns.length);
    titleRow.alignment = { horizontal: 'center' };
    const header = sheet.addRow([...s.columns]);
    header.font = { bold: true };
    header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    for (const r of s.rows) sheet.addRow(r).alignment = { vertical: 'top', wrapText: true };
    // Dates and text stay text: Excel would otherwise reformat them by the machine's locale.
    s.columns.forEach((_, i) => {
      if (s.rows.every((r) => typeof r[i] !== 'number')) sheet.getColumn(i + 1).numFmt = '@';
    });
    sheet.autoFilter = { from: { row: LEDGER_HEADER_ROW, column: 1 }, to: { row: LEDGER_HEADER_ROW, column: s.columns.length } };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
