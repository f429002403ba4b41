import type { ResolvedEntryTemplate } from '../../domain/entry-templates';
import type { PufaOccurrence } from '../../domain/pufa-days';
import { CALENDAR_LABELS, calendarUpcomingInput } from '../../domain/pufa-days';
import { op } from '../operation-spec';
import { emptyInput } from './empty-input';

// Help for writing entries quickly: built-in templates and the 普法 days coming up.
export const captureOps = {
  'templates.list': op<ResolvedEntryTemplate[]>()({ input: emptyInput, summary: '列出台账录入模板' }),
  'calendar.upcoming': op<PufaOccurrence[]>()({ input: calendarUpcomingInput, labels: CALENDAR_LABELS, summary: '列出近期的普法主题日' }),
} as const;
