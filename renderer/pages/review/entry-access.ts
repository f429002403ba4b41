import { roleMayCall } from '../../../shared/auth/permissions';
import type { Role } from '../../../shared/auth/roles';
import { ROLE_NAMES } from '../../../shared/auth/roles';
import type { ReviewStatus } from '../../../shared/domain/review';

// What the person at this page may do with one entry in the drawer, decided from the same
// permissions table the host checks (shared/auth/permissions.ts). The host refuses anything else
// anyway; this only keeps buttons off the screen that would be refused, and says why a form is
// read-only instead of letting someone type and then fail.

export interface EntryAccess {
  /** A colleague signed in to the host: the status line and the review buttons are shown. */
  hostMode: boolean;
  /** Why the form cannot be changed, in the words of the Alert above it; null: it can. */
  readOnlyReason: string | null;
  /** 提交审核 (saving the form first). */
  canSubmit: boolean;
  /** 通过 / 退回. */
  canDecide: boolean;
}

export interface EntryReviewFacts {
  reviewStatus?: ReviewStatus | undefined;
  date: string;
}

/** The years locked after their report was filed (years.locks), as a set for look-ups. */
export type LockedYears = ReadonlySet<number>;

function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

export function lockedYearReason(year: number): string {
  return `${year}年度已锁定（年度报告已报送），本年度的台账不能再修改。如确需修改，请联系管理员解除锁定。`;
}

const SUBMITTED = '已提交审核，等待审核员审核，暂不能修改。如需修改，请联系审核员退回。';
const APPROVED = '已审核通过，不能再修改。如需修改，请联系审核员退回后再改。';

/**
 * `user` null is the machine's own user: everything as before accounts (its entries are 已审核 at
 * once, so on one PC no review button ever shows). `entry` null is a new entry not saved yet.
 */
export function entryAccess(user: { role: Role } | null, entry: EntryReviewFacts | null, locked: LockedYears): EntryAccess {
  const status = entry?.reviewStatus ?? 'draft';
  const hostMode = user !== null;
  if (entry && locked.has(yearOf(entry.date))) {
    return { hostMode, readOnlyReason: lockedYearReason(yearOf(entry.date)), canSubmit: false, canDecide: false };
  }
  // Its own entries need no review; an entry a colleague submitted on the host it may still decide.
  if (!user) return { hostMode, readOnlyReason: null, canSubmit: false, canDecide: entry !== null && status === 'submitted' };

  const mayEdit = roleMayCall(user.role, entry ? 'activities.update' : 'activities.create');
  if (!mayEdit) return { hostMode, readOnlyReason: `${ROLE_NAMES[user.role]}只能查看台账，不能修改。`, canSubmit: false, canDecide: false };

  const mayDecide = roleMayCall(user.role, 'activities.review');
  const open = status === 'draft' || status === 'returned';
  // The 审核员 may still correct a submitted or approved entry (a typo before the report); the 录入员
  // waits for a 退回.
  const readOnlyReason = mayDecide || open ? null : status === 'submitted' ? SUBMITTED : APPROVED;
  return {
    hostMode,
    readOnlyReason,
    canSubmit: open && roleMayCall(user.role, 'activities.submit'),
    canDecide: mayDecide && entry !== null && status === 'submitted',
  };
}

/** The years.locks answer as a set. */
export function lockedYears(locks: readonly { year: number }[] | undefined): LockedYears {
  return new Set((locks ?? []).map((l) => l.year));
}
