import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { Activity, DatePrecision } from '../../shared/domain/activity';
import { ACTIVITY_EDITABLE_FIELDS } from '../../shared/domain/activity';
import { datePrecisionProblem } from '../../shared/domain/date-precision';
import { addDays, daysBetween } from '../../shared/domain/calendar-days';
import { activityChanges, activitySnapshot } from '../../shared/domain/history';
import { AppError } from '../../shared/errors';
import type { ActivityFields, NewEntryReview } from '../store/activity-store';
import { getActivity, insertActivity, listActivities, setDeletedAt, updateActivity } from '../store/activity-store';
import { fieldsFromInput } from '../store/activity-fields';
import { recordHistory } from '../store/history-store';
import { mustGetCategory } from './category-checks';
import { staleEditError } from './edit-conflict';
import { historyOperator, newEntryReview } from './entry-authorship';
import type { HandlerGroup } from './handler-types';
import { localToday } from './local-today';

// Every change writes its history row in the same transaction, so the record and the data agree.

export function mustGetActivity(db: Database.Database, id: string): Activity {
  const found = getActivity(db, id);
  if (!found) throw new AppError('not_found', `找不到这条活动（编号 ${id}），可能已被彻底删除。`);
  return found;
}

function refuseTrashed(a: Activity, what: string): void {
  if (a.deletedAt) throw new AppError('conflict', `“${a.title}”在回收站中，请先恢复再${what}。`);
}

function assertSpan(date: string, endDate: string | null, precision: DatePrecision): void {
  if (endDate && endDate < date) {
    throw new AppError('invalid_input', `结束日期（${endDate}）不能早于开始日期（${date}）`, { endDate: '结束日期：不能早于开始日期' });
  }
  // The contract checks the dates it is given together; a change of only some of them meets the rest here.
  const problem = datePrecisionProblem(date, endDate, precision);
  if (problem) throw new AppError('invalid_input', `日期：${problem}`, { date: `日期：${problem}` });
}

function fieldsOf(a: Activity): ActivityFields {
  const fields = Object.fromEntries(ACTIVITY_EDITABLE_FIELDS.map((k) => [k, a[k]])) as ActivityFields;
  return { ...fields, tags: [...a.tags], metrics: a.metrics.map((m) => ({ ...m })) };
}

/** Inserts the entry and its 'create' history row in one transaction. */
function create(db: Database.Database, fields: ActivityFields, now: string, review: NewEntryReview, operator: string | undefined, note = ''): Activity {
  const id = randomUUID();
  return db.transaction(() => {
    insertActivity(db, id, fields, now, review);
    const created = mustGetActivity(db, id);
    recordHistory(db, { activityId: id, action: 'create', at: now, title: created.title, changes: activitySnapshot(created), note, operator });
    return created;
  })();
}

function setTrashed(db: Database.Database, a: Activity, trashed: boolean, now: string, operator: string | undefined): Activity {
  return db.transaction(() => {
    setDeletedAt(db, a.id, trashed ? now : null, now);
    recordHistory(db, { activityId: a.id, action: trashed ? 'delete' : 'restore', at: now, title: a.title, operator });
    return mustGetActivity(db, a.id);
  })();
}

export interface UpdateOptions {
  /** The version the editor loaded: another one stored means someone saved in between (edit-conflict.ts). */
  expectedUpdatedAt?: string | undefined;
  /** Who makes the change, for the history (the unit profile's operator when not given). */
  operator?: string | undefined;
}

/**
 * How an entry is changed, whatever asks (the form's activities.update, the report's 采用为内容摘要):
 * fields given as undefined are left as they are; the update and its 'update' history row (only the
 * changed fields) are one transaction; a change that changes nothing writes nothing.
 */
export function updateActivityFields(db: Database.Database, id: string, given: { [K in keyof ActivityFields]?: ActivityFields[K] | undefined }, now: () => string, options: UpdateOptions = {}): Activity {
  const current = mustGetActivity(db, id);
  // Before anything else: a save over a version the editor never saw is refused whatever it says.
  if (options.expectedUpdatedAt !== undefined && options.expectedUpdatedAt !== current.updatedAt) throw staleEditError(db, current);
  refuseTrashed(current, '修改');
  const patch = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)) as Partial<ActivityFields>;
  const category = patch.categoryId === undefined ? undefined : mustGetCategory(db, patch.categoryId);
  assertSpan(patch.date ?? current.date, patch.endDate === undefined ? current.endDate : patch.endDate, patch.datePrecision ?? current.datePrecision);
  // Saving a form unchanged is not a change: no new updatedAt, no history row.
  const proposed: Activity = { ...current, ...patch, categoryName: category?.name ?? current.categoryName };
  if (Object.keys(activityChanges(current, proposed)).length === 0) return current;
  const at = now();
  return db.transaction(() => {
    updateActivity(db, id, patch, at);
    const updated = mustGetActivity(db, id);
    recordHistory(db, { activityId: id, action: 'update', at, title: updated.title, changes: activityChanges(current, updated), operator: options.operator });
    return updated;
  })();
}

export const activityHandlers: HandlerGroup<
  'activities.create' | 'activities.update' | 'activities.delete' | 'activities.restore' | 'activities.get' | 'activities.list' | 'activities.copy'
> = {
  'activities.create': (ctx, input) => {
    mustGetCategory(ctx.db, input.categoryId);
    return create(ctx.db, fieldsFromInput(input), ctx.now(), newEntryReview(ctx.caller), historyOperator(ctx.caller));
  },

  'activities.update': (ctx, input) => {
    const { id, expectedUpdatedAt, ...given } = input;
    return updateActivityFields(ctx.db, id, given, () => ctx.now(), { expectedUpdatedAt, operator: historyOperator(ctx.caller) });
  },

  'activities.delete': (ctx, { id }) => {
    const current = mustGetActivity(ctx.db, id);
    return current.deletedAt ? current : setTrashed(ctx.db, current, true, ctx.now(), historyOperator(ctx.caller));
  },

  'activities.restore': (ctx, { id }) => {
    const current = mustGetActivity(ctx.db, id);
    return current.deletedAt ? setTrashed(ctx.db, current, false, ctx.now(), historyOperator(ctx.caller)) : current;
  },

  'activities.get': (ctx, { id }) => mustGetActivity(ctx.db, id),

  // Every filter of the contract goes through as given, so a new filter needs no change here.
  'activities.list': (ctx, input) =>
    listActivities(ctx.db, {
      ...input,
      deleted: input.deleted ?? 'exclude',
      sort: input.sort ?? 'date_desc',
      limit: input.limit ?? 100,
      offset: input.offset ?? 0,
    }),

  'activities.copy': (ctx, input) => {
    const source = mustGetActivity(ctx.db, input.id);
    refuseTrashed(source, '复制');
    const now = ctx.now();
    const date = input.date ?? localToday(now);
    // A span keeps its length: a three-day training copied to a new start lasts three days again.
    // The copy has a real day: whatever the source knew only to the month or year, this one is new.
    const endDate = source.endDate === null ? null : addDays(date, daysBetween(source.date, source.endDate));
    // The copy is a new entry of whoever copies it, and starts its own review.
    return create(ctx.db, { ...fieldsOf(source), date, endDate, datePrecision: 'day' }, now, newEntryReview(ctx.caller), historyOperator(ctx.caller), `复制自“${source.title}”（编号 ${source.id}）`);
  },
};
