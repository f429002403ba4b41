import type { Activity } from './activity';
import { ACTIVITY_EDITABLE_FIELDS, ACTIVITY_FIELD_LABELS } from './activity';

// The change history of 台账 entries: who changed what and when. Inspectors and colleagues ask "who
// changed this number"; the answer must be on record, written in the same transaction as the change.

export const HISTORY_ACTIONS = ['create', 'update', 'delete', 'restore', 'purge', 'import', 'merge'] as const;
export type HistoryAction = (typeof HISTORY_ACTIONS)[number];
export const HISTORY_ACTION_NAMES: Readonly<Record<HistoryAction, string>> = {
  create: '新增',
  update: '修改',
  delete: '删除（移入回收站）',
  restore: '从回收站恢复',
  purge: '彻底删除',
  import: '导入',
  merge: '汇总合并',
};

/** The fields the history follows; `categoryName` rather than the id, so a reader sees the name. */
type HistoryFieldName = Exclude<(typeof ACTIVITY_EDITABLE_FIELDS)[number], 'categoryId'> | 'categoryName';
export const HISTORY_FIELDS: readonly HistoryFieldName[] = ACTIVITY_EDITABLE_FIELDS.map((f) => (f === 'categoryId' ? 'categoryName' : f));
export type HistoryField = (typeof HISTORY_FIELDS)[number];

/**
 * For 'update': { field: [old, new] } for the fields that really changed. For 'create' and 'import':
 * { field: value } for each field that was filled in. For the others: {}.
 */
export type HistoryChanges = Partial<Record<HistoryField, unknown>>;

export interface HistoryEntry {
  id: number;
  activityId: string;
  /** ISO timestamp. */
  at: string;
  /** The operator name from the unit profile at the time ('' when none was set). */
  operator: string;
  action: HistoryAction;
  /** The entry's title at the time, so a purged entry is still recognisable. */
  title: string;
  changes: HistoryChanges;
  /** e.g. 复制自“…”（编号 …）. */
  note: string;
}

/** Chinese names for every field a history row may mention. */
export const HISTORY_FIELD_LABELS: Readonly<Record<HistoryField, string>> = Object.fromEntries(
  HISTORY_FIELDS.map((f) => [f, f === 'categoryName' ? (ACTIVITY_FIELD_LABELS.categoryId ?? '类别') : (ACTIVITY_FIELD_LABELS[f] ?? f)]),
) as Record<HistoryField, string>;

function isEmpty(value: unknown): boolean {
  return value === '' || value === null || value === undefined || (Array.isArray(value) && value.length === 0);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The filled-in fields of an entry, as a 'create' or 'import' row records them. */
export function activitySnapshot(a: Activity): HistoryChanges {
  const out: HistoryChanges = {};
  // 精确到日 is every entry typed in by hand: like an empty box, it is not worth a line.
  for (const f of HISTORY_FIELDS) if (!isEmpty(a[f]) && !(f === 'datePrecision' && a[f] === 'day')) out[f] = a[f];
  return out;
}

/** { field: [old, new] } for the fields that differ; tags and metrics compared as whole ordered lists. */
export function activityChanges(before: Activity, after: Activity): HistoryChanges {
  const out: HistoryChanges = {};
  for (const f of HISTORY_FIELDS) if (!same(before[f], after[f])) out[f] = [before[f], after[f]];
  return out;
}
