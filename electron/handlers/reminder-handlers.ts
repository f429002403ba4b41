import { upcomingPufaDays } from '../../shared/domain/pufa-days';
import { REMINDER_LIMITS } from '../../shared/domain/reminder';
import { buildReminders } from '../../shared/reminders/build-reminders';
import { countersInUse, newestEntry } from '../store/reminder-facts-store';
import type { HandlerGroup } from './handler-types';
import { localToday } from './local-today';

export const reminderHandlers: HandlerGroup<'reminders.list'> = {
  'reminders.list': (ctx) => {
    const today = localToday(ctx.now());
    const newest = newestEntry(ctx.db);
    return buildReminders({
      today,
      lastLogged: newest ? { date: localToday(newest.createdAt), title: newest.title } : null,
      pufaDays: upcomingPufaDays(today, REMINDER_LIMITS.pufaDays),
      counters: countersInUse(ctx.db),
    });
  },
};
