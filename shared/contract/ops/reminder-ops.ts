import type { Reminder } from '../../domain/reminder';
import { op } from '../operation-spec';
import { emptyInput } from './empty-input';

// In-app reminders for today (this computer's date): no background service, no network.
export const reminderOps = {
  'reminders.list': op<Reminder[]>()({ input: emptyInput, summary: '今天的提醒：很久没有记台账、临近的普法日、上季度应登记的汇总数' }),
} as const;
