import type { PufaOccurrence } from './pufa-days';

// Reminders shown at the top of the 台账 page. Computed from the store and today's date on this
// computer; nothing runs in the background and nothing leaves the app.

export const REMINDER_LIMITS = {
  /** Days without a new entry before 很久没有记台账 is shown. */
  idleDays: 30,
  /** How far ahead a 普法日 is announced. */
  pufaDays: 14,
  /** Days into a quarter during which last quarter's missing totals are asked for. */
  quarterGraceDays: 20,
} as const;

export interface CounterMetric {
  name: string;
  unit: string;
}

export type Reminder =
  | { kind: 'idle'; id: string; text: string; lastDate: string; days: number }
  | { kind: 'pufa'; id: string; text: string; day: PufaOccurrence }
  | {
      kind: 'quarter-total';
      id: string;
      text: string;
      year: number;
      quarter: 1 | 2 | 3 | 4;
      /** The quarter's last day: where its total is dated. */
      date: string;
      categoryId: number;
      categoryName: string;
      metrics: CounterMetric[];
    };
