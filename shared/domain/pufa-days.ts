import { z } from 'zod';
import { isoDate } from '../validation/fields';
import type { FieldLabels } from '../validation/format-issues';
import { addDays, daysBetween } from './calendar-days';

// The 普法 days offices build their 主题日 activities around (shared/domain/ledger.md). Data: a day
// falls on the same date every year; a month-long observance (民法典宣传月, 安全生产月) has no day.

export interface PufaDay {
  key: string;
  /** How offices write the date: 3·15, 12·4, 5月. */
  label: string;
  name: string;
  month: number;
  /** null: the whole month. */
  day: number | null;
  tags: string[];
}

export const PUFA_DAYS: readonly PufaDay[] = [
  { key: '0315', label: '3·15', name: '国际消费者权益日', month: 3, day: 15, tags: ['3·15', '消费者权益保护'] },
  { key: '0318', label: '3·18', name: '全国文化市场法治宣传日', month: 3, day: 18, tags: ['文化市场', '主题日'] },
  { key: '0415', label: '4·15', name: '全民国家安全教育日', month: 4, day: 15, tags: ['国家安全', '主题日'] },
  { key: '0426', label: '4·26', name: '世界知识产权日（知识产权宣传周）', month: 4, day: 26, tags: ['知识产权', '主题日'] },
  { key: '05', label: '5月', name: '民法典宣传月', month: 5, day: null, tags: ['民法典', '宣传月'] },
  { key: '0519', label: '5·19', name: '中国旅游日', month: 5, day: 19, tags: ['旅游', '主题日'] },
  { key: '06', label: '6月', name: '安全生产月', month: 6, day: null, tags: ['安全生产', '宣传月'] },
  { key: '0616', label: '6·16', name: '安全宣传咨询日', month: 6, day: 16, tags: ['安全生产', '主题日'] },
  { key: '0626', label: '6·26', name: '国际禁毒日', month: 6, day: 26, tags: ['禁毒', '主题日'] },
  { key: '1202', label: '12·2', name: '全国交通安全日', month: 12, day: 2, tags: ['交通安全', '主题日'] },
  { key: '1204', label: '12·4', name: '国家宪法日', month: 12, day: 4, tags: ['国家宪法日', '宪法宣传'] },
];

/** One year's occurrence of a 普法 day. */
export interface PufaOccurrence extends PufaDay {
  /** The day itself, or the first of the month. */
  date: string;
  /** The last day of a month-long observance; equals `date` for a single day. */
  endDate: string;
  /** 0 for today or an observance already under way. */
  daysUntil: number;
}

export const CALENDAR_LIMITS = { maxDays: 60, defaultDays: 30 } as const;

export const calendarUpcomingInput = z
  .object({
    today: isoDate.optional(),
    days: z.number().int().min(1).max(CALENDAR_LIMITS.maxDays).optional(),
  })
  .strict();

export const CALENDAR_LABELS: FieldLabels = { today: '今天的日期', days: '提前天数' };

function monthEnd(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

function occurrence(d: PufaDay, year: number, todayIso: string): PufaOccurrence {
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${year}-${pad(d.month)}-${pad(d.day ?? 1)}`;
  const endDate = d.day === null ? monthEnd(year, d.month) : date;
  return { ...d, tags: [...d.tags], date, endDate, daysUntil: Math.max(0, daysBetween(todayIso, date)) };
}

/**
 * The 普法 days from today to `withinDays` days ahead (both ends included), soonest first; a month
 * already under way counts as today. A window that runs past 31 December goes on into next year.
 */
export function upcomingPufaDays(todayIso: string, withinDays: number): PufaOccurrence[] {
  const last = addDays(todayIso, withinDays);
  const year = Number(todayIso.slice(0, 4));
  const found: PufaOccurrence[] = [];
  for (const y of [year, year + 1]) {
    for (const d of PUFA_DAYS) {
      const o = occurrence(d, y, todayIso);
      if (o.date <= last && o.endDate >= todayIso) found.push(o);
    }
  }
  return found.sort((a, b) => a.daysUntil - b.daysUntil || a.date.localeCompare(b.date) || a.key.localeCompare(b.key));
}

/** The 普法 days a date falls on, including a month-long observance that contains it. */
export function pufaDaysOn(dateIso: string): PufaOccurrence[] {
  return upcomingPufaDays(dateIso, 0);
}
