import type { Activity } from '../../domain/activity';
import type { ReviewQueue, YearLock } from '../../domain/review';
import { REVIEW_LABELS, activityReviewInput, activitySubmitInput, reviewQueueInput, yearLockInput, yearLocksInput, yearUnlockInput } from '../../domain/review';
import { op } from '../operation-spec';

// Review and year-end lock (局域网多人使用). Who may call which is in shared/auth/permissions.ts.
const labels = REVIEW_LABELS;
const yearLabels = { year: '年度', note: '说明', reason: '解除锁定的原因' };

export const reviewOps = {
  'activities.submit': op<Activity>()({ input: activitySubmitInput, labels, summary: '把台账提交审核' }),
  'activities.review': op<Activity>()({ input: activityReviewInput, labels, summary: '审核台账（通过或退回）' }),
  'review.queue': op<ReviewQueue>()({ input: reviewQueueInput, labels, summary: '待审核的台账' }),
  'years.lock': op<YearLock>()({ input: yearLockInput, labels: yearLabels, summary: '锁定已报送报告的年度' }),
  'years.unlock': op<{ year: number }>()({ input: yearUnlockInput, labels: yearLabels, summary: '解除年度锁定（须写明原因）' }),
  'years.locks': op<YearLock[]>()({ input: yearLocksInput, labels: yearLabels, summary: '已锁定的年度' }),
} as const;
