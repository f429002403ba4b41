import { z } from 'zod';
import { line, requiredLine, uuid, year } from '../validation/fields';
import type { DatePrecision } from './activity';

// Review (审核) in host mode: an entry goes 草稿 → 已提交 (locked for its author) → 已审核, or 退回
// with a reason and editable again. Only 已审核 entries go into the annual report by default.
// Entries the machine's own user writes (desktop, local browser mode, CLI) are 已审核 at once: a
// single-PC unit has nobody else to review them.

export const REVIEW_STATUSES = ['draft', 'submitted', 'approved', 'returned'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const REVIEW_STATUS_NAMES: Readonly<Record<ReviewStatus, string>> = {
  draft: '草稿',
  submitted: '已提交',
  approved: '已审核',
  returned: '退回',
};

export const REVIEW_DECISIONS = ['approve', 'return'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

export const REVIEW_LIMITS = { reason: 200, note: 200 } as const;

export const REVIEW_LABELS = {
  id: '台账',
  decision: '审核结果',
  reason: '退回原因',
  department: '承办科室',
  year: '年度',
  note: '说明',
} as const;

export const activitySubmitInput = z.object({ id: uuid }).strict();

/** A return must say why, so the author knows what to change. */
export const activityReviewInput = z
  .object({ id: uuid, decision: z.enum(REVIEW_DECISIONS), reason: line(REVIEW_LIMITS.reason).optional() })
  .strict()
  .refine((v) => v.decision !== 'return' || (v.reason ?? '').trim().length > 0, { message: '退回时请写明原因，方便录入人修改', path: ['reason'] });

export const reviewQueueInput = z.object({ department: requiredLine(60).optional() }).strict();

export interface ReviewQueueItem {
  id: string;
  date: string;
  /** So the queue shows one dated only to the month or year as written (2025年7月). */
  datePrecision: DatePrecision;
  endDate: string | null;
  title: string;
  categoryName: string;
  department: string;
  authorName: string;
  submittedAt: string;
}

export interface ReviewQueue {
  items: ReviewQueueItem[];
}

export interface YearLock {
  year: number;
  lockedAt: string;
  /** The name of who locked it ('本机' for the machine's own user). */
  lockedBy: string;
  note: string;
}

export const yearLockInput = z.object({ year, note: line(REVIEW_LIMITS.note).optional() }).strict();
/** Unlocking a filed year is the administrator's, and must say why (it is in the audit log). */
export const yearUnlockInput = z.object({ year, reason: requiredLine(REVIEW_LIMITS.reason) }).strict();
export const yearLocksInput = z.object({}).strict();
