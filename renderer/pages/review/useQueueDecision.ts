import { App } from 'antd';
import { useCallback, useState } from 'react';
import { call } from '../../api/client';
import type { ReviewQueueItem } from '../../../shared/domain/review';
import { toAppError } from '../../forms/to-app-error';

/** 通过 and 退回 straight from a row of the queue; `done` reloads it. */
export function useQueueDecision(done: () => void) {
  const { message } = App.useApp();
  const [busyId, setBusyId] = useState<string | null>(null);
  const [returning, setReturning] = useState<ReviewQueueItem | null>(null);

  const decide = useCallback(
    async (item: ReviewQueueItem, reason?: string) => {
      setBusyId(item.id);
      try {
        await call('activities.review', reason === undefined ? { id: item.id, decision: 'approve' } : { id: item.id, decision: 'return', reason });
        void message.success(reason === undefined ? `“${item.title}”已审核通过` : `“${item.title}”已退回给${item.authorName || '录入人'}修改`);
        setReturning(null);
        done();
      } catch (err) {
        void message.error(toAppError(err).message);
        // Someone else may have decided it already: the queue should show that.
        done();
      } finally {
        setBusyId(null);
      }
    },
    [done, message],
  );

  return { busyId, returning, askReturn: setReturning, approve: (item: ReviewQueueItem) => void decide(item), returnWith: (reason: string) => returning && void decide(returning, reason) };
}
