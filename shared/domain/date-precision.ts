import type { DatePrecision } from './activity';

// An entry known only to the month or the year keeps a span that says exactly that: from the 1st of
// its first month to the last day of its last (7月 = 07-01 .. 07-31), or Jan 1 .. Dec 31. Anything
// else would be a day the old 台账 never said, so such dates are refused rather than kept.

/** The last day of the month `iso` (YYYY-MM-DD or YYYY-MM) falls in, as YYYY-MM-DD. */
export function monthEnd(iso: string): string {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${iso.slice(0, 7)}-${String(days).padStart(2, '0')}`;
}

/** What is wrong with the dates for their precision, in the user's words (said on 日期), or null. */
export function datePrecisionProblem(date: string, endDate: string | null, precision: DatePrecision): string | null {
  if (precision === 'day') return null;
  if (endDate !== null && endDate < date) return '结束日期不能早于开始日期';
  const year = date.slice(0, 4);
  if (precision === 'year') {
    const fits = date === `${year}-01-01` && endDate === `${year}-12-31`;
    return fits ? null : `只到年时，日期应为同一年的1月1日至12月31日（如 ${year}-01-01 至 ${year}-12-31）`;
  }
  if (date.slice(8) !== '01') return `只到月时，开始日期应为当月1日（${date.slice(0, 7)}-01）`;
  if (endDate === null) return `只到月时需写明结束日期：所到月份的最后一天（如 ${monthEnd(date)}）`;
  if (endDate !== monthEnd(endDate)) return `只到月时，结束日期应为当月最后一天（${monthEnd(endDate)}）`;
  if (Number(endDate.slice(0, 4)) > Number(year) + 1) return `只到月时，起止月份最多跨到次年（${Number(year) + 1}年）`;
  return null;
}
