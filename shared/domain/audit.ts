import { z } from 'zod';
import { isoDate, requiredLine } from '../validation/fields';
import type { FieldLabels } from '../validation/format-issues';

// The audit log (审计日志): one row per operation that changes something or lets data leave (an
// export), and per refusal, with who, from where, on what, and whether it succeeded. Kept at least
// six months (网络安全法第二十一条); read only by the 审计员.

export const AUDIT_LIMITS = {
  /** 网络安全法第二十一条: network logs are kept not less than six months. */
  minRetentionDays: 180,
  defaultRetentionDays: 365,
  maxRetentionDays: 3650,
  pageSize: 500,
  /** One export holds at most this many rows; a larger range is asked to be narrowed. */
  exportRows: 100_000,
  /** What one row keeps of the object and the detail; the rest is cut off with …. */
  object: 500,
  detail: 300,
} as const;

/** How the desktop window, the local browser mode and the CLI on the host are named in the log. */
export const LOCAL_USERNAME = '本机';

export interface AuditRow {
  id: number;
  /** ISO timestamp (UTC). */
  at: string;
  /** '' for the machine's own user. */
  userId: string;
  username: string;
  ip: string;
  /** The operation's name in the contract (activities.update), or what the caller sent for an unknown one. */
  operation: string;
  /** The ids the call named (编号、年度、文件名…), never the content. */
  object: string;
  success: boolean;
  /** '' on success; otherwise the error code and its message. */
  detail: string;
}

/** What a write records: a row before the store numbers it. */
export type AuditRecord = Omit<AuditRow, 'id'>;

export interface AuditPage {
  items: AuditRow[];
  total: number;
}

export interface AuditExport {
  exportId: string;
  fileName: string;
  rows: number;
}

const auditFilterFields = {
  /** Inclusive, in the host's local calendar. */
  from: isoDate.optional(),
  to: isoDate.optional(),
  username: requiredLine(60).optional(),
  operation: requiredLine(80).optional(),
  success: z.boolean().optional(),
};

function toNotBeforeFrom(v: { from?: string | undefined; to?: string | undefined }, ctx: z.RefinementCtx): void {
  if (v.from && v.to && v.to < v.from) ctx.addIssue({ code: 'custom', path: ['to'], message: `不能早于起始日期（${v.from}）` });
}

export const auditListInput = z
  .object({
    ...auditFilterFields,
    limit: z.number().int().min(1).max(AUDIT_LIMITS.pageSize).optional(),
    offset: z.number().int().min(0).optional(),
  })
  .strict()
  .superRefine(toNotBeforeFrom);

export const auditExportInput = z.object(auditFilterFields).strict().superRefine(toNotBeforeFrom);

export type AuditListInput = z.input<typeof auditListInput>;
export type AuditFilters = Omit<z.output<typeof auditListInput>, 'limit' | 'offset'>;

export const auditRetentionDays = z.number().int().min(AUDIT_LIMITS.minRetentionDays).max(AUDIT_LIMITS.maxRetentionDays);

/** 审计日志保存天数: at least 180 (网络安全法第二十一条：不少于六个月). */
export const auditRetentionInput = z.object({ days: auditRetentionDays }).strict();

export interface AuditRetention {
  days: number;
  minDays: number;
  maxDays: number;
}

export const AUDIT_FIELD_LABELS: FieldLabels = {
  days: '保存天数',
  from: '起始日期',
  to: '截止日期',
  username: '用户名',
  operation: '操作',
  success: '结果',
  limit: '每页条数',
  offset: '起始位置',
};
