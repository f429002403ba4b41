import { z } from 'zod';
import type { DatePrecision } from './activity';
import { line, uuid, year } from '../validation/fields';
import type { FieldLabels } from '../validation/format-issues';

// One item of this year's checklist: a paragraph of last year's 下一年度安排, whether it was carried
// out, and the 台账 entries that show it.

export const PLAN_STATUSES = ['open', 'done', 'not-done'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
export const PLAN_STATUS_LABELS: Readonly<Record<PlanStatus, string>> = { open: '未标记', done: '已落实', 'not-done': '未开展' };

export const PLAN_NOTE_MAX = 500;

export interface PlanItemEntry {
  id: string;
  date: string;
  /** So the checklist shows one dated only to the month or year as written (2025年7月). */
  datePrecision: DatePrecision;
  endDate: string | null;
  title: string;
}

export interface PlanItem {
  id: number;
  year: number;
  position: number;
  text: string;
  status: PlanStatus;
  note: string;
  /** Live entries only (one in the trash is not shown, and comes back with it). */
  entries: PlanItemEntry[];
}

const itemId = z.number().int().positive();

export const planItemsListInput = z.object({ year }).strict();
export const planItemLinkInput = z.object({ itemId, activityId: uuid }).strict();
export const planItemStatusInput = z.object({ itemId, status: z.enum(PLAN_STATUSES), note: line(PLAN_NOTE_MAX).default('') }).strict();

export const PLAN_ITEM_LABELS: FieldLabels = { year: '年度', itemId: '计划事项', activityId: '台账条目', status: '落实情况', note: '说明' };
