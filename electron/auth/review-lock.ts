import type Database from 'better-sqlite3';
import type { Caller } from '../../shared/auth/caller';
import type { OperationName, ParsedInputOf } from '../../shared/contract/operations';
import type { ReviewStatus } from '../../shared/domain/review';
import { AppError } from '../../shared/errors';
import { entryReviewStates } from '../store/review-store';
import { namedEntries } from './named-entries';

// The review lock (审核锁定), at the boundary after the 科室 check: a 录入员 changes an entry only
// while it is theirs to change — 草稿 or 退回. Once submitted it waits for the 审核员, once
// approved it is part of the report; either way only a 退回 gives it back. The 审核员 edits any
// entry (an approved one stays approved: the review handlers alone set the status), and the
// machine's own user is the unit itself, with nobody to review it.

/** What a 录入员 may not do to an entry that is not 草稿 or 退回. Restoring counts: it puts the entry back into the log. */
const LOCKED_FOR_ENTRY: ReadonlySet<OperationName> = new Set<OperationName>([
  'activities.update',
  'activities.delete',
  'activities.restore',
  'activities.submit',
  'attachments.add',
  'attachments.remove',
  'attachments.setKind',
]);

function lockedMessage(status: Exclude<ReviewStatus, 'draft' | 'returned'>, name: OperationName): string {
  if (name === 'activities.submit') {
    return status === 'submitted' ? '这条台账已提交审核，请等待审核员审核，不用再次提交' : '这条台账已审核，不用再提交；如需修改，请审核员退回';
  }
  return status === 'submitted' ? '这条台账已提交审核，不能修改；如需修改，请审核员退回' : '这条台账已审核，不能修改；如需修改，请审核员退回';
}

/** Throws AppError('forbidden') when a 录入员 would change a submitted or approved entry. */
export function requireEditableByCaller<K extends OperationName>(db: Database.Database, name: K, input: ParsedInputOf<K>, caller: Caller): void {
  if (caller.kind === 'local' || caller.role !== 'entry' || !LOCKED_FOR_ENTRY.has(name)) return;
  for (const { reviewStatus } of entryReviewStates(db, namedEntries(db, name, input).ids).values()) {
    if (reviewStatus === 'submitted' || reviewStatus === 'approved') throw new AppError('forbidden', lockedMessage(reviewStatus, name));
  }
}
