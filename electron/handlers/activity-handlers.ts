import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { Activity } from '../../shared/domain/activity';
import { AppError } from '../../shared/errors';
import { getActivity, insertActivity, listActivities, setDeletedAt, updateActivity } from '../store/activity-store';
import { getCategory } from '../store/category-store';
import type { HandlerGroup } from './handler-types';

function mustGet(db: Database.Database, id: string): Activity {
  const found = getActivity(db, id);
  if (!found) throw new AppError('not_found', `找不到这条活动（编号 ${id}），可能已被彻底删除。`);
  return found;
}

function assertCategory(db: Database.Database, categoryId: number): void {
  if (!getCategory(db, categoryId)) {
    throw new AppError('invalid_input', `类别不存在（编号 ${categoryId}），请重新选择类别。`, { categoryId: '类别：不存在' });
  }
}

function assertSpan(date: string, endDate: string | null): void {
  if (endDate && endDate < date) {
    throw new AppError('invalid_input', `结束日期（${endDate}）不能早于开始日期（${date}）`, { endDate: '结束日期：不能早于开始日期' });
  }
}

export const activityHandlers: HandlerGroup<
  'activities.create' | 'activities.update' | 'activities.delete' | 'activities.restore' | 'activities.get' | 'activities.list'
> = {
  'activities.create': (ctx, input) => {
    assertCategory(ctx.db, input.categoryId);
    const id = randomUUID();
    insertActivity(
      ctx.db,
      id,
      {
        date: input.date,
        endDate: input.endDate ?? null,
        categoryId: input.categoryId,
        title: input.title,
        summary: input.summary ?? '',
        details: input.details ?? '',
        department: input.department ?? '',
        participantCount: input.participantCount ?? null,
        location: input.location ?? '',
        tags: input.tags ?? [],
      },
      ctx.now(),
    );
    return mustGet(ctx.db, id);
  },

  'activities.update': (ctx, input) => {
    const { id, ...patch } = input;
    const current = mustGet(ctx.db, id);
    if (current.deletedAt) throw new AppError('conflict', `“${current.title}”在回收站中，请先恢复再修改。`);
    if (patch.categoryId !== undefined) assertCategory(ctx.db, patch.categoryId);
    assertSpan(patch.date ?? current.date, patch.endDate === undefined ? current.endDate : patch.endDate);
    updateActivity(ctx.db, id, patch, ctx.now());
    return mustGet(ctx.db, id);
  },

  'activities.delete': (ctx, { id }) => {
    const current = mustGet(ctx.db, id);
    if (current.deletedAt) return current;
    const now = ctx.now();
    setDeletedAt(ctx.db, id, now, now);
    return mustGet(ctx.db, id);
  },

  'activities.restore': (ctx, { id }) => {
    const current = mustGet(ctx.db, id);
    if (!current.deletedAt) return current;
    setDeletedAt(ctx.db, id, null, ctx.now());
    return mustGet(ctx.db, id);
  },

  'activities.get': (ctx, { id }) => mustGet(ctx.db, id),

  'activities.list': (ctx, input) =>
    listActivities(ctx.db, {
      year: input.year,
      categoryId: input.categoryId,
      text: input.text,
      deleted: input.deleted ?? 'exclude',
      sort: input.sort ?? 'date_desc',
      limit: input.limit ?? 100,
      offset: input.offset ?? 0,
    }),
};
