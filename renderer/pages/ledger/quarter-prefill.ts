import dayjs from 'dayjs';
import type { Reminder } from '../../../shared/domain/reminder';
import { QUARTER_NAMES } from '../../../shared/reminders/quarters';
import { blankActivity } from './activity-form-values';
import type { DrawerRequest } from './drawer-request';

/** A new quarter-total entry for a reminder: dated on the quarter's last day, its counters ready to fill. */
export function quarterTotalRequest(r: Extract<Reminder, { kind: 'quarter-total' }>, department: string): DrawerRequest {
  return {
    editing: null,
    prefill: {
      ...blankActivity(department),
      date: dayjs(r.date),
      categoryId: r.categoryId,
      title: `${r.year}年第${QUARTER_NAMES[r.quarter - 1]}季度${r.metrics.map((m) => m.name).join('、')}汇总`,
      period: 'quarter',
      metrics: r.metrics.map((m) => ({ name: m.name, unit: m.unit, value: null, suggested: true })),
    },
    notice: `请填写${r.year}年第${QUARTER_NAMES[r.quarter - 1]}季度的合计数，保存后提醒即消失。`,
  };
}
