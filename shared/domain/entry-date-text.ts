import type { DatePrecision } from './activity';

// An entry's date as the ledger and the import preview show it. A date known only to the month or the
// year is shown as written (2025年7月, 2023年10月至11月, 2026年), never as the invented first day.

function ym(iso: string): { year: number; month: number } {
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)) };
}

export function entryDateText(date: string, endDate: string | null, precision: DatePrecision): string {
  if (precision === 'year') return `${date.slice(0, 4)}年`;
  if (precision === 'month') {
    const from = ym(date);
    const to = endDate ? ym(endDate) : from;
    if (to.year === from.year && to.month === from.month) return `${from.year}年${from.month}月`;
    if (to.year === from.year) return `${from.year}年${from.month}月至${to.month}月`;
    return `${from.year}年${from.month}月至${to.year}年${to.month}月`;
  }
  return endDate && endDate !== date ? `${date} 至 ${endDate}` : date;
}

/** In a short list (sources, picker, queue, gaps): a day entry by its first day, as these lists always showed it; one kept to the month or year as written. */
export function listDateText(entry: { date: string; endDate: string | null; datePrecision: DatePrecision }): string {
  return entryDateText(entry.date, entry.datePrecision === 'day' ? null : entry.endDate, entry.datePrecision);
}
