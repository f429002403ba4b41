import type { Activity } from '../../shared/domain/activity';
import { REVIEW_STATUS_NAMES } from '../../shared/domain/review';
import { AppError } from '../../shared/errors';
import { recordHistory } from '../store/history-store';
import { listReviewQueue, markApproved, markReturned, markSubmitted } from '../store/review-store';
import { deleteYearLock, getYearLock, insertYearLock, listYearLocks } from '../store/year-lock-store';
import { mustGetActivity } from './activity-handlers';
import { actingName, historyOperator } from './entry-authorship';
import type { HandlerGroup } from './handler-types';

// 审核 and 年度锁定 (局域网多人使用). Who may call which is decided before these run
// (shared/auth/permissions.ts, electron/auth/): here only the entry's state decides. Each step of a
// review writes its history row in the same transaction, as every change to an entry does; the
// history has no action of its own for them, so it is an 'update' whose note says what happened.

function refuseTrashed(a: Activity): void {
  if (a.deletedAt) throw new AppError('conflict', `“${a.title}”在回收站中，请先恢复再提交或审核。`);
}

export const reviewHandlers: HandlerGroup<'activities.submit' | 'activities.review' | 'review.queue' | 'years.lock' | 'years.unlock' | 'years.locks'> = {
  'activities.submit': (ctx, { id }) => {
    const current = mustGetActivity(ctx.db, id);
    refuseTrashed(current);
    if (current.reviewStatus !== 'draft' && current.reviewStatus !== 'returned') {
      throw new AppError('conflict', `“${current.title}”${REVIEW_STATUS_NAMES[current.reviewStatus]}，只有草稿或退回的台账才能提交审核`);
    }
    const now = ctx.now();
    return ctx.db.transaction(() => {
      markSubmitted(ctx.db, id, now);
      recordHistory(ctx.db, { activityId: id, action: 'update', at: now, title: current.title, note: '提交审核', operator: historyOperator(ctx.caller) });
      return mustGetActivity(ctx.db, id);
    })();
  },

  'activities.review': (ctx, { id, decision, reason }) => {
    const current = mustGetActivity(ctx.db, id);
    refuseTrashed(current);
    if (current.reviewStatus === 'approved') throw new AppError('conflict', `“${current.title}”已审核，不用再审核`);
    if (current.reviewStatus !== 'submitted') {
      throw new AppError('conflict', `“${current.title}”还没有提交审核（现为${REVIEW_STATUS_NAMES[current.reviewStatus]}），请录入人提交后再审核`);
    }
    const now = ctx.now();
    const reviewer = actingName(ctx.caller);
    return ctx.db.transaction(() => {
      if (decision === 'approve') markApproved(ctx.db, id, reviewer, now);
      else markReturned(ctx.db, id, reviewer, (reason ?? '').trim(), now);
      const note = decision === 'approve' ? '审核通过' : `退回：${(reason ?? '').trim()}`;
      recordHistory(ctx.db, { activityId: id, action: 'update', at: now, title: current.title, note, operator: reviewer });
      return mustGetActivity(ctx.db, id);
    })();
  },

  'review.queue': (ctx, { department }) => ({ items: listReviewQueue(ctx.db, department) }),

  'years.lock': (ctx, { year, note }) => {
    const existing = getYearLock(ctx.db, year);
    if (existing) throw new AppError('conflict', `${year}年度已经锁定（${existing.lockedBy}锁定），不用再次锁定`);
    const lock = { year, lockedAt: ctx.now(), lockedBy: actingName(ctx.caller), note: (note ?? '').trim() };
    insertYearLock(ctx.db, lock);
    return lock;
  },

  // The contract requires a reason; the registry's audit row records it with the call (who, when, why).
  'years.unlock': (ctx, { year }) => {
    if (!deleteYearLock(ctx.db, year)) throw new AppError('conflict', `${year}年度没有锁定，不用解除`);
    return { year };
  },

  'years.locks': (ctx) => listYearLocks(ctx.db),
};
