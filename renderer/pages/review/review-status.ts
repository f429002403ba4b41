import type { ReviewStatus } from '../../../shared/domain/review';
import { REVIEW_STATUS_NAMES } from '../../../shared/domain/review';

// How a review status looks wherever an entry is listed or opened: the same words and colours on
// the 台账, the drawer and the 审核 page, so a 退回 reads as red everywhere.

export interface StatusLook {
  text: string;
  /** An antd Tag colour; undefined is the plain grey tag of a 草稿. */
  color: 'processing' | 'success' | 'error' | undefined;
}

const COLORS: Readonly<Record<ReviewStatus, StatusLook['color']>> = {
  draft: undefined,
  submitted: 'processing',
  approved: 'success',
  returned: 'error',
};

/** An entry written before review existed (or by a backend without it) counts as 草稿 only if it says so. */
export function statusLook(status: ReviewStatus | undefined): StatusLook {
  const s = status ?? 'draft';
  return { text: REVIEW_STATUS_NAMES[s], color: COLORS[s] };
}

/** The tooltip of a status tag: a 退回 says why, so the 录入员 sees it without opening the entry. */
export function statusTooltip(status: ReviewStatus | undefined, reviewNote: string | undefined): string | undefined {
  if (status !== 'returned') return undefined;
  const reason = (reviewNote ?? '').trim();
  return reason ? `退回原因：${reason}` : '已退回，审核员未写原因';
}

/** The choices of the 状态 filter, in the order an entry goes through them. */
export const STATUS_FILTER_OPTIONS: { value: ReviewStatus; label: string }[] = (['draft', 'submitted', 'returned', 'approved'] as const).map((value) => ({
  value,
  label: REVIEW_STATUS_NAMES[value],
}));
