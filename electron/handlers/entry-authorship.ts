import type { Caller } from '../../shared/auth/caller';
import type { NewEntryReview } from '../store/activity-store';
import { LOCAL_ENTRY_REVIEW } from '../store/activity-store';

// Who a new entry is by (录入人), and where it starts in review: a signed-in user's entry is their
// 草稿 until they submit it; the machine's own user's is 已审核 at once (a single-PC unit has nobody
// else to review it). Create, copy and spreadsheet import all start an entry this way.

export function newEntryReview(caller: Caller | undefined): NewEntryReview {
  if (!caller || caller.kind === 'local') return LOCAL_ENTRY_REVIEW;
  return { authorId: caller.userId, authorName: caller.displayName, reviewStatus: 'draft' };
}

/**
 * The name a history row gives for who made the change: the signed-in user's; for the machine's own
 * user undefined, so the history keeps the unit profile's operator name as before accounts.
 */
export function historyOperator(caller: Caller | undefined): string | undefined {
  return caller?.kind === 'user' ? caller.displayName : undefined;
}

/** The name a review or a lock is stamped with: the user's, or 本机 for the machine's own user. */
export function actingName(caller: Caller | undefined): string {
  return caller?.kind === 'user' ? caller.displayName : '本机';
}
