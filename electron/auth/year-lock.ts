import type Database from 'better-sqlite3';
import type { OperationName, ParsedInputOf } from '../../shared/contract/operations';
import { AppError } from '../../shared/errors';
import { localToday } from '../handlers/local-today';
import { lockedYears } from '../store/year-lock-store';
import { entryReviewStates } from '../store/review-store';
import { namedEntries } from './named-entries';

// 年度锁定 at the boundary: once a year's report is filed (报送), no entry dated in it may change —
// for every caller, the machine's own user included, since the filed report must keep matching its
// 台账. Checked after the role, 科室 and review checks, before the handler: the entries the input
// names (named-entries.ts) by their stored date, and a date the input gives (a new entry, an entry
// moved to another year, a copy). Moving an entry *out of* a locked year is refused as well, by
// its stored date.
//
// Some writes only know their entries inside the handler, and check there with the same message:
// - ledger.import.commit: the sheet's rows, after parsing (electron/spreadsheet/commit-import.ts);
//   one row of a locked year refuses the whole import, as any bad import is all or nothing.
// - package.import (merge) and package.conflicts.resolve: the entries the package would add or
//   change (electron/package/package-import.ts); one of a locked year refuses the merge, so what
//   was merged into a filed report never changes under it. A replace is the administrator's
//   restore of a whole store and is not checked (its own locks come with it).
// - activities.trash.empty: entries of a locked year are left in the trash and counted
//   (keptLocked); everything else is emptied, so one filed year does not block the trash for ever.

/** The refusal, naming the year and who may lift it; `what` says what would have changed it, when not the entry at hand. */
export function yearLockedError(year: number, what = ''): AppError {
  return new AppError('conflict', `${what}${year}年度已锁定（报告已报送），不能再修改该年度的台账；如确需修改，请管理员解除锁定`);
}

function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** Refuses when any of the dates (YYYY-MM-DD) is in a locked year; the first such year is named. */
export function refuseLockedDates(db: Database.Database, dates: Iterable<string>, what = ''): void {
  const locked = lockedYears(db);
  if (locked.size === 0) return;
  for (const date of dates) {
    const year = yearOf(date);
    if (locked.has(year)) throw yearLockedError(year, what);
  }
}

/**
 * For writes of whole entries by id and new date (a package's): refused when the entry as stored
 * or as it would be is in a locked year.
 */
export function refuseLockedWrites(db: Database.Database, writes: readonly { id: string; date: string }[], what = ''): void {
  if (writes.length === 0 || lockedYears(db).size === 0) return;
  const stored = [...entryReviewStates(db, writes.map((w) => w.id)).values()].map((e) => e.date);
  refuseLockedDates(db, [...stored, ...writes.map((w) => w.date)], what);
}

/** The dates an operation gives for the entry it writes (not those of entries it names). */
const GIVEN_DATES: { [K in OperationName]?: (input: ParsedInputOf<K>, today: () => string) => readonly string[] } = {
  'activities.create': (input) => [input.date],
  'activities.update': (input) => (input.date === undefined ? [] : [input.date]),
  // A copy is dated today unless a date is given (activity-handlers.ts does the same).
  'activities.copy': (input, today) => [input.date ?? today()],
};

/**
 * The operations that write an entry (or its attachments) they name. Reads (get, list, history,
 * attachments.get/list) name entries too and are never refused.
 */
const WRITES_NAMED = new Set<OperationName>([
  'activities.update',
  'activities.delete',
  'activities.restore',
  'activities.purge',
  'activities.submit',
  'activities.review',
  'attachments.add',
  'attachments.remove',
  'attachments.setKind',
  'ledger.import.undo',
  'report.entry.adoptSentence',
]);

/** The boundary check: throws AppError('conflict') when the operation would change a locked year. */
export function refuseLockedYears<K extends OperationName>(db: Database.Database, name: K, input: ParsedInputOf<K>, now: () => string): void {
  const given = (GIVEN_DATES[name] as ((i: unknown, today: () => string) => readonly string[]) | undefined)?.(input, () => localToday(now())) ?? [];
  const named = WRITES_NAMED.has(name) ? namedEntries(db, name, input).ids : [];
  if (given.length === 0 && named.length === 0) return;
  if (lockedYears(db).size === 0) return;
  const stored = [...entryReviewStates(db, named).values()].map((e) => e.date);
  refuseLockedDates(db, [...stored, ...given]);
}
