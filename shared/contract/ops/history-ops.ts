import { ACTIVITY_FIELD_LABELS, activityIdInput } from '../../domain/activity';
import type { HistoryEntry } from '../../domain/history';
import { op } from '../operation-spec';

export const historyOps = {
  /** Newest first; field names in Chinese are in HISTORY_FIELD_LABELS (shared/domain/history.ts). */
  'activities.history': op<HistoryEntry[]>()({ input: activityIdInput, labels: ACTIVITY_FIELD_LABELS, summary: '查看活动的修改记录' }),
} as const;
