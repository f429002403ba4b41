import type { ActivityListInput, ActivitySort, LeaderRole } from '../../../shared/domain/activity';
import type { InputOf } from '../../../shared/contract/operations';
import type { ReviewStatus } from '../../../shared/domain/review';

export type LedgerView = 'ledger' | 'gaps' | 'trash' | 'imports';

/** 0 stands for every year: antd's Select needs a real value for that choice. */
export const ALL_YEARS = 0;

export type LeaderFilter = 'any' | Exclude<LeaderRole, ''>;

export interface LedgerFilter {
  view: LedgerView;
  year: number;
  categoryId: number | undefined;
  text: string;
  from: string | undefined;
  to: string | undefined;
  department: string | undefined;
  /** The unit entries were merged from; '' this unit's own; undefined all. */
  origin: string | undefined;
  tag: string | undefined;
  leaderRole: LeaderFilter | undefined;
  evidence: 'with' | 'without' | undefined;
  /** 审核状态 (host mode only; on one PC every entry is 已审核). */
  reviewStatus: ReviewStatus | undefined;
  sort: ActivitySort;
}

export const DEFAULT_SORT: ActivitySort = 'date_desc';

/** The filters 清空 resets; the year and the tab are where the person is, not a filter. */
export const CLEARED: Omit<LedgerFilter, 'view' | 'year'> = {
  categoryId: undefined,
  text: '',
  from: undefined,
  to: undefined,
  department: undefined,
  origin: undefined,
  tag: undefined,
  leaderRole: undefined,
  evidence: undefined,
  reviewStatus: undefined,
  sort: DEFAULT_SORT,
};

export function initialFilter(): LedgerFilter {
  return { view: 'ledger', year: new Date().getFullYear(), ...CLEARED };
}

/** How many of the rarer filters, kept behind 更多筛选, are set: the badge on its button (a date range is one). */
export function countMoreFilters(f: LedgerFilter): number {
  // origin '' (本单位) is a choice too, so it is compared with undefined, not by truthiness.
  return [Boolean(f.from || f.to), Boolean(f.department), f.origin !== undefined, Boolean(f.tag), Boolean(f.leaderRole), Boolean(f.evidence), Boolean(f.reviewStatus)].filter(Boolean).length;
}

/** The toggle opens by itself when one of the filters behind 更多筛选 is set. */
export function hasMoreFilters(f: LedgerFilter): boolean {
  return countMoreFilters(f) > 0;
}

export function hasAnyFilter(f: LedgerFilter): boolean {
  return hasMoreFilters(f) || f.categoryId !== undefined || f.text !== '';
}

type ListFilters = Omit<ActivityListInput, 'limit' | 'offset' | 'deleted'>;

function listFilters(f: LedgerFilter): ListFilters {
  // Relevance needs search text; without it the server would refuse the list.
  const sort = f.sort === 'relevance' && !f.text ? DEFAULT_SORT : f.sort;
  return {
    year: f.year === ALL_YEARS ? undefined : f.year,
    categoryId: f.categoryId,
    text: f.text || undefined,
    from: f.from,
    to: f.to,
    department: f.department,
    origin: f.origin,
    tag: f.tag,
    leaderRole: f.leaderRole,
    evidence: f.evidence,
    reviewStatus: f.reviewStatus,
    sort,
  };
}

export function toListInput(f: LedgerFilter, page: number, pageSize: number): InputOf<'activities.list'> {
  return {
    ...listFilters(f),
    deleted: f.view === 'trash' ? 'only' : 'exclude',
    limit: pageSize,
    offset: (page - 1) * pageSize,
  };
}

export function toExportInput(f: LedgerFilter): InputOf<'ledger.export'> {
  return listFilters(f);
}
