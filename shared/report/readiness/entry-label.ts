import type { DatePrecision } from '../../domain/activity';
import { entryDateText } from '../../domain/entry-date-text';

/**
 * “法治讲座”（2025年6月20日）: how a finding names an entry. One an old 台账 dated only to the month
 * or year is named as written, “…”（2025年7月）, never by the invented first day.
 */
export function entryLabel(title: string, date: string, precision: DatePrecision = 'day', endDate: string | null = null): string {
  if (precision !== 'day') return `“${title}”（${entryDateText(date, endDate, precision)}）`;
  const [y, m, d] = date.split('-');
  return `“${title}”（${y}年${Number(m)}月${Number(d)}日）`;
}
