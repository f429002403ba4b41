import type Database from 'better-sqlite3';
import type { MetricDefinition } from '../../shared/domain/metric-definition';
import { AppError } from '../../shared/errors';
import { getCategory } from '../store/category-store';
import {
  findMetricDefinition,
  getMetricDefinition,
  insertMetricDefinition,
  listMetricDefinitions,
  updateMetricDefinition,
} from '../store/metric-definition-store';
import { mustGetCategory } from './category-checks';
import type { HandlerGroup } from './handler-types';

function mustGetDefinition(db: Database.Database, id: number): MetricDefinition {
  const found = getMetricDefinition(db, id);
  if (!found) throw new AppError('not_found', `找不到这个常用指标（编号 ${id}），可能已被删除。`);
  return found;
}

// Two definitions of one name in a category would split one number into two rows of the report.
function refuseDuplicate(db: Database.Database, categoryId: number, name: string, exceptId?: number): void {
  if (!findMetricDefinition(db, categoryId, name, exceptId)) return;
  const category = getCategory(db, categoryId)?.name ?? `编号 ${categoryId}`;
  throw new AppError('conflict', `“${category}”类别中已有名为“${name}”的指标，请换一个名称。`, { name: '指标名称：与已有指标重名' });
}

export const metricHandlers: HandlerGroup<'metrics.definitions.list' | 'metrics.definitions.create' | 'metrics.definitions.update'> = {
  'metrics.definitions.list': (ctx, { categoryId }) => {
    if (categoryId !== undefined) mustGetCategory(ctx.db, categoryId);
    return listMetricDefinitions(ctx.db, categoryId);
  },

  'metrics.definitions.create': (ctx, input) => {
    mustGetCategory(ctx.db, input.categoryId);
    refuseDuplicate(ctx.db, input.categoryId, input.name);
    const id = insertMetricDefinition(ctx.db, input);
    return mustGetDefinition(ctx.db, id);
  },

  'metrics.definitions.update': (ctx, { id, ...patch }) => {
    const current = mustGetDefinition(ctx.db, id);
    if (patch.name !== undefined) refuseDuplicate(ctx.db, current.categoryId, patch.name, id);
    updateMetricDefinition(ctx.db, id, patch);
    return mustGetDefinition(ctx.db, id);
  },
};
