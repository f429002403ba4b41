import type Database from 'better-sqlite3';
import type { PlanItem } from '../../shared/domain/plan-item';
import { AppError } from '../../shared/errors';
import { getActivity } from '../store/activity-store';
import { addMissingPlanItems, getPlanItem, linkPlanItem, listPlanItems, setPlanItemStatus, unlinkPlanItem } from '../store/plan-item-store';
import { getNarrative } from '../store/report-narrative-store';
import type { HandlerGroup } from './handler-types';

// Categories, report templates and metric definitions are not per year, so a new year starts with
// them as they are; what rolls over is last year's plan, read into this year's checklist.

function mustGetItem(db: Database.Database, id: number): PlanItem {
  const item = getPlanItem(db, id);
  if (!item) throw new AppError('not_found', '找不到这个计划事项，请刷新页面后重试。', { itemId: '计划事项：不存在' });
  return item;
}

export const planHandlers: HandlerGroup<'plans.items.list' | 'plans.items.link' | 'plans.items.unlink' | 'plans.items.setStatus'> = {
  'plans.items.list': (ctx, { year }) => {
    addMissingPlanItems(ctx.db, year, getNarrative(ctx.db, year - 1).narrative.plans, ctx.now());
    return listPlanItems(ctx.db, year);
  },
  'plans.items.link': (ctx, { itemId, activityId }) => {
    const item = mustGetItem(ctx.db, itemId);
    const entry = getActivity(ctx.db, activityId);
    if (!entry || entry.deletedAt) throw new AppError('not_found', '找不到这条台账（可能已删除），无法关联。', { activityId: '台账条目：不存在' });
    if (!entry.date.startsWith(`${item.year}-`)) {
      throw new AppError('invalid_input', `“${entry.title}”是${entry.date.slice(0, 4)}年的台账，只能关联${item.year}年的台账。`, { activityId: `台账条目：不是${item.year}年的` });
    }
    linkPlanItem(ctx.db, itemId, activityId, ctx.now());
    return mustGetItem(ctx.db, itemId);
  },
  'plans.items.unlink': (ctx, { itemId, activityId }) => {
    mustGetItem(ctx.db, itemId);
    unlinkPlanItem(ctx.db, itemId, activityId);
    return mustGetItem(ctx.db, itemId);
  },
  'plans.items.setStatus': (ctx, { itemId, status, note }) => {
    mustGetItem(ctx.db, itemId);
    setPlanItemStatus(ctx.db, itemId, status, note, ctx.now());
    return mustGetItem(ctx.db, itemId);
  },
};
