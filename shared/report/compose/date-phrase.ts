import type { ActivityPeriod, DatePrecision } from '../../domain/activity';

// When an entry happened, as a report says it: "3月15日", "3月15日至20日", "6月", "3月至5月",
// "上半年", "第三季度", "全年". Only what the dates say — a range is named by its months or half-year
// only when it covers them exactly. A period total (季度/年度汇总) gets none: its figure is the year's.
// An entry an old 台账 dated only to the month says its months as written ("7月", "10月至11月"):
// naming them 第四季度 would claim the work filled the quarter. One dated only to the year says
// nothing: in that year's report the year alone tells the reader nothing.

const QUARTERS = ['第一季度', '第二季度', '第三季度', '第四季度'];

interface Day {
  month: number;
  day: number;
  last: boolean;
}

function dayOf(iso: string): Day | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { month, day, last: day === lastDay };
}

function wholeMonths(from: Day, to: Day): string {
  if (from.month === 1 && to.month === 12) return '全年';
  if (from.month === 1 && to.month === 6) return '上半年';
  if (from.month === 7 && to.month === 12) return '下半年';
  if (from.month % 3 === 1 && to.month === from.month + 2) return QUARTERS[(from.month - 1) / 3] as string;
  return from.month === to.month ? `${from.month}月` : `${from.month}月至${to.month}月`;
}

function monthsAsWritten(from: Day, date: string, endDate: string | null): string {
  const to = endDate && endDate > date ? dayOf(endDate) : undefined;
  if (!endDate || !to) return `${from.month}月`;
  if (endDate.slice(0, 4) !== date.slice(0, 4)) return `${from.month}月至次年${to.month}月`;
  return to.month === from.month ? `${from.month}月` : `${from.month}月至${to.month}月`;
}

export function datePhrase(date: string, endDate: string | null, period: ActivityPeriod, precision: DatePrecision = 'day'): string {
  if (period !== '' || precision === 'year') return '';
  const from = dayOf(date);
  if (!from) return '';
  if (precision === 'month') return monthsAsWritten(from, date, endDate);
  const to = endDate && endDate > date && endDate.slice(0, 4) === date.slice(0, 4) ? dayOf(endDate) : undefined;
  if (!to) return `${from.month}月${from.day}日`;
  if (from.day === 1 && to.last) return wholeMonths(from, to);
  if (from.month === to.month) return `${from.month}月${from.day}日至${to.day}日`;
  return `${from.month}月${from.day}日至${to.month}月${to.day}日`;
}
