import { z } from 'zod';
import { line, requiredLine } from '../validation/fields';
import type { FieldLabels } from '../validation/format-issues';
import { METRIC_LIMITS } from './metric';

// The metrics a unit usually records for a category (开展活动 次, 发放资料 份 …): offered when an entry
// is written so the same thing is always called by the same name and the year's totals add up.

export const METRIC_KINDS = ['count', 'rate', 'amount'] as const;
export type MetricKind = (typeof METRIC_KINDS)[number];
export const METRIC_KIND_NAMES: Readonly<Record<MetricKind, string>> = { count: '数量', rate: '比率', amount: '金额' };

export interface MetricDefinition {
  id: number;
  categoryId: number;
  name: string;
  unit: string;
  kind: MetricKind;
  /** Usually kept as a period total (cases, hotline calls, 复议) rather than one entry per event. */
  counter: boolean;
  sortOrder: number;
  hidden: boolean;
}

const positiveId = z.number().int().positive();

export const metricDefinitionListInput = z.object({ categoryId: positiveId.optional() }).strict();

export const metricDefinitionCreateInput = z
  .object({
    categoryId: positiveId,
    name: requiredLine(METRIC_LIMITS.name),
    unit: line(METRIC_LIMITS.unit).default(''),
    kind: z.enum(METRIC_KINDS).default('count'),
    counter: z.boolean().default(false),
  })
  .strict();

export const metricDefinitionUpdateInput = z
  .object({
    id: positiveId,
    name: requiredLine(METRIC_LIMITS.name).optional(),
    unit: line(METRIC_LIMITS.unit).optional(),
    kind: z.enum(METRIC_KINDS).optional(),
    counter: z.boolean().optional(),
    hidden: z.boolean().optional(),
    /** Smaller first; the list is ordered by this, then by id. */
    sortOrder: z.number().int().min(0).max(1_000_000).optional(),
  })
  .strict();

export type MetricDefinitionCreateInput = z.input<typeof metricDefinitionCreateInput>;
export type MetricDefinitionUpdateInput = z.input<typeof metricDefinitionUpdateInput>;

export const METRIC_DEFINITION_LABELS: FieldLabels = {
  id: '指标编号',
  categoryId: '类别',
  name: '指标名称',
  unit: '单位',
  kind: '指标类型',
  counter: '按期间汇总',
  hidden: '隐藏',
  sortOrder: '排序',
};
