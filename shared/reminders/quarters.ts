import { addDays } from '../domain/calendar-days';

export interface QuarterSpan {
  year: number;
  quarter: 1 | 2 | 3 | 4;
  /** First and last day, YYYY-MM-DD. */
  start: string;
  end: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function quarterOf(date: string): QuarterSpan {
  const year = Number(date.slice(0, 4));
  const quarter = (Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1) as QuarterSpan['quarter'];
  const start = `${year}-${pad((quarter - 1) * 3 + 1)}-01`;
  const next = quarter === 4 ? `${year + 1}-01-01` : `${year}-${pad(quarter * 3 + 1)}-01`;
  return { year, quarter, start, end: addDays(next, -1) };
}

export function previousQuarter(q: QuarterSpan): QuarterSpan {
  return quarterOf(addDays(q.start, -1));
}

export const QUARTER_NAMES = ['一', '二', '三', '四'] as const;
