import { daysBetween } from '../domain/calendar-days';
import type { PufaOccurrence } from '../domain/pufa-days';
import type { CounterMetric, Reminder } from '../domain/reminder';
import { REMINDER_LIMITS } from '../domain/reminder';
import { pufaReminderText } from './pufa-reminder-text';
import { previousQuarter, QUARTER_NAMES, quarterOf } from './quarters';

// The reminders for today, from facts the handler reads. Pure, so each rule is tested on pinned dates.

export interface CounterInUse {
  categoryId: number;
  categoryName: string;
  metric: CounterMetric;
  /** Dates of the live period-total entries (month/quarter/year) that carry this metric. */
  totalDates: readonly string[];
}

export interface ReminderFacts {
  today: string;
  /** The local date of the newest entry still in the ledger; null when there is none. */
  lastLogged: { date: string; title: string } | null;
  pufaDays: readonly PufaOccurrence[];
  counters: readonly CounterInUse[];
}

function cnDate(iso: string): string {
  return `${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
}

function idleReminder({ today, lastLogged }: ReminderFacts): Reminder[] {
  if (!lastLogged) return [];
  const days = daysBetween(lastLogged.date, today);
  if (days < REMINDER_LIMITS.idleDays) return [];
  return [{ kind: 'idle', id: `idle@${lastLogged.date}`, lastDate: lastLogged.date, days, text: `已经${days}天没有记台账了（最近一条是${cnDate(lastLogged.date)}的“${lastLogged.title}”），近期开展的工作请及时登记` }];
}

function quarterReminders({ today, counters }: ReminderFacts): Reminder[] {
  const current = quarterOf(today);
  if (daysBetween(current.start, today) >= REMINDER_LIMITS.quarterGraceDays) return [];
  const last = previousQuarter(current);
  // Only counters this unit already keeps: one recorded as a period total before the quarter ended.
  const due = counters.filter((c) => c.totalDates.some((d) => d < last.start) && !c.totalDates.some((d) => d >= last.start && d <= last.end));
  const byCategory = new Map<number, CounterInUse[]>();
  for (const c of due) byCategory.set(c.categoryId, [...(byCategory.get(c.categoryId) ?? []), c]);
  return [...byCategory.values()].map((list) => {
    const first = list[0] as CounterInUse;
    const names = list.map((c) => c.metric.name).join('、');
    return {
      kind: 'quarter-total',
      id: `quarter@${last.year}Q${last.quarter}#${first.categoryId}`,
      year: last.year,
      quarter: last.quarter,
      date: last.end,
      categoryId: first.categoryId,
      categoryName: first.categoryName,
      metrics: list.map((c) => ({ ...c.metric })),
      text: `${last.year}年第${QUARTER_NAMES[last.quarter - 1]}季度“${first.categoryName}”的季度汇总还没有登记：${names}`,
    };
  });
}

export function buildReminders(facts: ReminderFacts): Reminder[] {
  const pufa: Reminder[] = facts.pufaDays.map((d) => ({ kind: 'pufa', id: `pufa@${d.key}@${d.date}`, day: d, text: `普法日提醒：${pufaReminderText(d)}` }));
  return [...quarterReminders(facts), ...pufa, ...idleReminder(facts)];
}
