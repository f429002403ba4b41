import ExcelJS from 'exceljs';
import type { Activity } from '../../shared/domain/activity';
import { ACTIVITY_PERIOD_NAMES } from '../../shared/domain/activity';
import { entryDateText } from '../../shared/domain/entry-date-text';
import type { LedgerColumnKey } from '../../shared/import/ledger-columns';
import { LEDGER_COLUMNS } from '../../shared/import/ledger-columns';

// The export uses the import layout column for column (ledger.md), so a file exported here imports
// back unchanged; the 编号 column carries the stable UUID that makes the round trip add nothing.

function metricsText(a: Activity): string {
  return a.metrics.map((m) => `${m.name}=${m.value}${m.approximate ? '余' : ''}${m.unit}`).join(';');
}

function cellFor(a: Activity, key: LedgerColumnKey): string | number {
  switch (key) {
    // A date known only to the month or year is written as the old 台账 wrote it (2025年7月,
    // 2023年10月至11月, 2026年) with no end date, which the import reads back as the same precision.
    case 'date':
      return a.datePrecision === 'day' ? a.date : entryDateText(a.date, a.endDate, a.datePrecision);
    case 'endDate':
      return a.datePrecision === 'day' ? (a.endDate ?? '') : '';
    case 'category':
      return a.categoryName;
    case 'participantCount':
      return a.participantCount ?? '';
    case 'tags':
      return a.tags.join('；');
    case 'metrics':
      return metricsText(a);
    case 'period':
      return a.period ? ACTIVITY_PERIOD_NAMES[a.period] : '';
    default:
      return a[key];
  }
}

const WIDTHS: Partial<Record<LedgerColumnKey, number>> = { date: 12, endDate: 12, category: 20, title: 36, summary: 60, details: 40, metrics: 36, id: 38 };

export async function ledgerXlsx(activities: readonly Activity[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '法治台账';
  const sheet = workbook.addWorksheet('台账', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = LEDGER_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: WIDTHS[c.key] ?? 14 }));
  sheet.getRow(1).font = { bold: true };
  for (const a of activities) {
    sheet.addRow(Object.fromEntries(LEDGER_COLUMNS.map((c) => [c.key, cellFor(a, c.key)])));
  }
  // Dates stay text: Excel would otherwise reformat them by the machine's locale.
  sheet.getColumn('date').numFmt = '@';
  sheet.getColumn('endDate').numFmt = '@';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
