import type { z } from 'zod';
import type { OperationSpec } from './operation-spec';
import { activityOps } from './ops/activity-ops';
import { appOps } from './ops/app-ops';
import { attachmentOps } from './ops/attachment-ops';
import { auditOps } from './ops/audit-ops';
import { backupOps } from './ops/backup-ops';
import { captureOps } from './ops/capture-ops';
import { categoryOps } from './ops/category-ops';
import { historyOps } from './ops/history-ops';
import { ledgerIoOps } from './ops/ledger-io-ops';
import { ledgerReportOps } from './ops/ledger-report-ops';
import { metricOps } from './ops/metric-ops';
import { planOps } from './ops/plan-ops';
import { readinessOps } from './ops/readiness-ops';
import { reminderOps } from './ops/reminder-ops';
import { reportOps } from './ops/report-ops';
import { statsOps } from './ops/stats-ops';
import { reportDocxOps } from './ops/report-docx-ops';
import { unitOps } from './ops/unit-ops';
import { packageOps } from './ops/package-ops';
import { reviewOps } from './ops/review-ops';
import { userOps } from './ops/user-ops';
import { hostSetupOps } from './ops/host-setup-ops';
import { sharingOps } from './ops/sharing-ops';

// The one contract. Every operation the app can do is listed here, one group per feature in ops/,
// each with its input schema (checked at run time on every transport) and its output type. The
// handler map in electron/, the preload's allow-list and the renderer's typed client all derive
// from this object. A name defined in two groups is a type error (see the check below).

export const operations = {
  ...appOps,
  ...unitOps,
  ...categoryOps,
  ...activityOps,
  ...historyOps,
  ...metricOps,
  ...captureOps,
  ...attachmentOps,
  ...ledgerIoOps,
  ...ledgerReportOps,
  ...reportOps,
  ...statsOps,
  ...backupOps,
  ...packageOps,
  ...readinessOps,
  ...reminderOps,
  ...planOps,
  ...reportDocxOps,
  ...auditOps,
  ...reviewOps,
  ...userOps,
  ...hostSetupOps,
  ...sharingOps,
} as const;

type Groups = [typeof appOps, typeof unitOps, typeof categoryOps, typeof activityOps, typeof historyOps, typeof metricOps, typeof captureOps, typeof attachmentOps, typeof ledgerIoOps, typeof ledgerReportOps, typeof reportOps, typeof statsOps, typeof backupOps, typeof packageOps, typeof readinessOps, typeof reminderOps, typeof planOps, typeof reportDocxOps, typeof auditOps, typeof reviewOps, typeof userOps, typeof hostSetupOps, typeof sharingOps];
type Overlap<G extends unknown[], Seen = never> = G extends [infer H, ...infer R] ? (keyof H & Seen) | Overlap<R, Seen | keyof H> : never;
/** Fails to compile if two groups define the same operation name (spread would silently keep one). */
export const NO_DUPLICATE_OPERATION_NAMES: [Overlap<Groups>] extends [never] ? true : never = true;

export type { OperationSpec };
export type Operations = typeof operations;
export type OperationName = keyof Operations;
/** What a caller may send (before defaults and transforms). */
export type InputOf<K extends OperationName> = z.input<Operations[K]['input']>;
/** What a handler receives: the parsed, validated input. */
export type ParsedInputOf<K extends OperationName> = z.output<Operations[K]['input']>;
export type OutputOf<K extends OperationName> = Operations[K] extends OperationSpec<z.ZodType, infer O> ? O : never;

export const OPERATION_NAMES = Object.keys(operations) as OperationName[];

export function isOperationName(name: unknown): name is OperationName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(operations, name);
}
