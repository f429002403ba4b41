import type { PlanItem } from '../../domain/plan-item';
import { PLAN_ITEM_LABELS, planItemLinkInput, planItemsListInput, planItemStatusInput } from '../../domain/plan-item';
import { op } from '../operation-spec';

// Year rollover: last year's 下一年度安排 becomes this year's checklist, each item linked to the
// entries that carry it out and marked 已落实 / 未开展.
const labels = PLAN_ITEM_LABELS;

export const planOps = {
  'plans.items.list': op<PlanItem[]>()({ input: planItemsListInput, labels, summary: '本年度对照上年度工作安排的落实清单（首次读取时从上年度安排生成）' }),
  'plans.items.link': op<PlanItem>()({ input: planItemLinkInput, labels, summary: '把一条台账关联到计划事项' }),
  'plans.items.unlink': op<PlanItem>()({ input: planItemLinkInput, labels, summary: '取消台账与计划事项的关联' }),
  'plans.items.setStatus': op<PlanItem>()({ input: planItemStatusInput, labels, summary: '标记计划事项已落实或未开展（可附说明）' }),
} as const;
