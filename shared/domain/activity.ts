import { z } from 'zod';
import { isoDate, line, requiredLine, text, uuid, year } from '../validation/fields';
import type { FieldLabels } from '../validation/format-issues';
import { stripBookTitleMarks } from './activity-doc-title';
import { datePrecisionProblem } from './date-precision';
import type { EntryMetric } from './metric';
import { ENTRY_METRIC_PART_LABELS, METRIC_LIMITS, entryMetricList } from './metric';
import type { ReviewStatus } from './review';
import { REVIEW_STATUSES } from './review';

export const ACTIVITY_LIMITS = {
  title: 100,
  summary: 500,
  details: 20000,
  department: 30,
  origin: 100,
  location: 100,
  participantsDesc: 200,
  docTitle: 200,
  docNumber: 50,
  tag: 20,
  tags: 20,
  participantCount: 10_000_000,
  searchText: 50,
  pageSize: 500,
} as const;

/** How the principal leader (主要负责人) took part: 参加 took part, 主持 presided, 述法 gave the 述法. */
export const LEADER_ROLES = ['参加', '主持', '述法'] as const;
export type LeaderRole = '' | (typeof LEADER_ROLES)[number];

/**
 * '' is a single event; otherwise the entry is a period total (cases, hotline calls, 复议) for the
 * month, quarter or year containing its date.
 */
export const ACTIVITY_PERIODS = ['month', 'quarter', 'year'] as const;
export type ActivityPeriod = '' | (typeof ACTIVITY_PERIODS)[number];
export const ACTIVITY_PERIOD_NAMES: Readonly<Record<ActivityPeriod, string>> = { '': '单次', month: '月度汇总', quarter: '季度汇总', year: '年度汇总' };

/**
 * How exactly the date is known: 'day' for every entry kept as it happened; an old 台账 may say only
 * "2025年7月" ('month': the entry spans that month, or months, 10月至11月) or "2026" ('year': the year).
 */
export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
/** In words, as the form's select and the history say it. */
export const DATE_PRECISION_NAMES: Readonly<Record<DatePrecision, string>> = { day: '精确到日', month: '只到月', year: '只到年' };

export interface Activity {
  /** Stable UUID: survives export, import and merging between units. */
  id: string;
  date: string;
  endDate: string | null;
  /** 'month': date is the 1st of the first month, endDate the last day of the last; 'year': Jan 1 .. Dec 31. */
  datePrecision: DatePrecision;
  categoryId: number;
  categoryName: string;
  title: string;
  /** The sentence the annual report will use for this entry. */
  summary: string;
  details: string;
  department: string;
  participantCount: number | null;
  /** Who took part, in words: 局党组成员、各科室负责人. */
  participantsDesc: string;
  location: string;
  leaderRole: LeaderRole;
  /** The exact title of a document produced, without the outer 《》. */
  docTitle: string;
  /** 文号, e.g. 柳莲保发〔2022〕12号. */
  docNumber: string;
  period: ActivityPeriod;
  tags: string[];
  /** In the order the user gave them. */
  metrics: EntryMetric[];
  /** The unit it was merged from (汇总); '' for an entry of this unit itself. */
  origin: string;
  /**
   * 录入人: the name the account had when it wrote the entry; '' for entries of the machine's own
   * user, written before accounts, or merged from a package.
   */
  authorName: string;
  /** 审核 (host mode): only 已审核 entries go into the annual report by default (shared/domain/review.ts). */
  reviewStatus: ReviewStatus;
  /** The reason of the last 退回, kept until the entry is approved. */
  reviewNote: string;
  /** Who approved or returned it last ('' if nobody has). */
  reviewedBy: string;
  reviewedAt: string | null;
  submittedAt: string | null;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

/** The fields a person fills in, in form order: the form, the history and the store all follow this list. */
export const ACTIVITY_EDITABLE_FIELDS = [
  'date',
  'endDate',
  'datePrecision',
  'categoryId',
  'title',
  'summary',
  'details',
  'department',
  'participantCount',
  'participantsDesc',
  'location',
  'leaderRole',
  'docTitle',
  'docNumber',
  'period',
  'tags',
  'metrics',
] as const satisfies readonly (keyof Activity)[];

const tag = line(ACTIVITY_LIMITS.tag).pipe(z.string().min(1));

const activityFields = {
  date: isoDate,
  endDate: isoDate.nullable().optional(),
  datePrecision: z.enum(DATE_PRECISIONS).optional(),
  categoryId: z.number().int().positive(),
  title: requiredLine(ACTIVITY_LIMITS.title),
  summary: line(ACTIVITY_LIMITS.summary).optional(),
  details: text(ACTIVITY_LIMITS.details).optional(),
  department: line(ACTIVITY_LIMITS.department).optional(),
  participantCount: z.number().int().min(0).max(ACTIVITY_LIMITS.participantCount).nullable().optional(),
  participantsDesc: line(ACTIVITY_LIMITS.participantsDesc).optional(),
  location: line(ACTIVITY_LIMITS.location).optional(),
  leaderRole: z.enum(['', ...LEADER_ROLES]).optional(),
  // The 《》 the user may type are stripped first, so they do not count against the limit.
  docTitle: z.string().transform(stripBookTitleMarks).pipe(line(ACTIVITY_LIMITS.docTitle)).optional(),
  docNumber: line(ACTIVITY_LIMITS.docNumber).optional(),
  period: z.enum(['', ...ACTIVITY_PERIODS]).optional(),
  metrics: entryMetricList.optional(),
  tags: z
    .array(tag)
    .max(ACTIVITY_LIMITS.tags)
    .transform((list) => [...new Set(list)])
    .optional(),
};

const endNotBeforeStart = (v: { date?: string | undefined; endDate?: string | null | undefined }) =>
  !v.date || !v.endDate || v.endDate >= v.date;
const END_BEFORE_START = { message: '不能早于开始日期', path: ['endDate'] };

type DatesGiven = { date?: string | undefined; endDate?: string | null | undefined; datePrecision?: DatePrecision | undefined };

/**
 * Dates that do not fit their precision, said on 日期. Only when the input says all three (a create
 * does: a missing end date is none); an update that gives part of them is checked by the handler
 * against the entry's stored values.
 */
function checkPrecision(whole: boolean) {
  return (v: DatesGiven, ctx: z.RefinementCtx): void => {
    if (!v.date || (!whole && (v.datePrecision === undefined || v.endDate === undefined))) return;
    // An end before the start has its own message, on 结束日期.
    if (!endNotBeforeStart(v)) return;
    const problem = datePrecisionProblem(v.date, v.endDate ?? null, v.datePrecision ?? 'day');
    if (problem) ctx.addIssue({ code: 'custom', path: ['date'], message: problem });
  };
}

export const activityCreateInput = z.object(activityFields).strict().refine(endNotBeforeStart, END_BEFORE_START).superRefine(checkPrecision(true));

/**
 * The entry's updatedAt as the form loaded it. Given, a save over a newer version (a colleague saved
 * in between) is refused and nothing is written: the second save is told, not lost.
 */
const expectedUpdatedAt = z.string().min(1).max(40);

export const activityUpdateInput = z
  .object({ id: uuid, expectedUpdatedAt, ...activityFields })
  .partial()
  .required({ id: true })
  .strict()
  .refine(endNotBeforeStart, END_BEFORE_START)
  .superRefine(checkPrecision(false));

export const activityIdInput = z.object({ id: uuid }).strict();

/** A new entry with the same fields; dated today unless `date` is given. */
export const activityCopyInput = z.object({ id: uuid, date: isoDate.optional() }).strict();

export interface PurgedActivity {
  id: string;
  title: string;
}

export interface TrashEmptied {
  /** How many entries were deleted for good. */
  count: number;
  /** Entries of a locked year (报告已报送) left in the trash; absent when none. */
  keptLocked?: number;
}

/** 'relevance' (best match first) needs search text; 'title' is in character code order. */
export const ACTIVITY_SORTS = ['date_desc', 'date_asc', 'updated_desc', 'title', 'relevance'] as const;
export type ActivitySort = (typeof ACTIVITY_SORTS)[number];

/** How many categories one list may ask for at once. */
const MAX_LISTED_CATEGORIES = 100;

/** The list's fields; `activityListInput` adds the checks between them. */
export const activityListFields = z
  .object({
    year: year.optional(),
    /** With `year`: entries whose (start) date is in that month, as the 统计 page counts them (one dated only to the year is in none). */
    month: z.number().int().min(1).max(12).optional(),
    /** Only entries dated to this precision: 'year' gives those the 统计 page counts as 月份不详. */
    datePrecision: z.enum(DATE_PRECISIONS).optional(),
    /** Inclusive. An entry with an end date matches if its span overlaps the range. */
    from: isoDate.optional(),
    to: isoDate.optional(),
    /** The one-category form of `categoryIds`; given both, an entry in any of them matches. */
    categoryId: z.number().int().positive().optional(),
    categoryIds: z.array(z.number().int().positive()).max(MAX_LISTED_CATEGORIES).optional(),
    department: requiredLine(ACTIVITY_LIMITS.department).optional(),
    /** Only the entries with no 承办科室 filled in. */
    withoutDepartment: z.literal(true).optional(),
    /** The unit entries were merged from (汇总); '' for this unit's own. */
    origin: line(ACTIVITY_LIMITS.origin).optional(),
    tag: requiredLine(ACTIVITY_LIMITS.tag).optional(),
    /** Entries carrying this metric (and, if given, with this unit: '' for none). */
    metricName: requiredLine(METRIC_LIMITS.name).optional(),
    metricUnit: line(METRIC_LIMITS.unit).optional(),
    text: line(ACTIVITY_LIMITS.searchText).optional(),
    /** 'any': the principal leader took part in any way. */
    leaderRole: z.enum(['any', ...LEADER_ROLES]).optional(),
    /** 'with': has at least one 佐证材料 attached; 'without': has none. */
    evidence: z.enum(['with', 'without']).optional(),
    /** 审核状态: 我的草稿, 被退回, 待审核 … */
    reviewStatus: z.enum(REVIEW_STATUSES).optional(),
    /** 'exclude' (the default) hides the trash; 'only' lists the trash. */
    deleted: z.enum(['exclude', 'only']).optional(),
    sort: z.enum(ACTIVITY_SORTS).optional(),
    limit: z.number().int().min(1).max(ACTIVITY_LIMITS.pageSize).optional(),
    offset: z.number().int().min(0).optional(),
  })
  .strict();

/** Checks across the list's fields; shared with the export, which takes the same filters. */
export function checkListFilters(
  v: { year?: number | undefined; month?: number | undefined; department?: string | undefined; withoutDepartment?: true | undefined; from?: string | undefined; to?: string | undefined; sort?: string | undefined; text?: string | undefined; metricName?: string | undefined; metricUnit?: string | undefined },
  ctx: z.RefinementCtx,
): void {
  if (v.month !== undefined && v.year === undefined) {
    ctx.addIssue({ code: 'custom', path: ['month'], message: '按月份筛选需要同时选择年度' });
  }
  if (v.withoutDepartment && v.department !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['withoutDepartment'], message: '不能同时筛选某个承办科室和未填写承办科室的台账' });
  }
  if (v.metricUnit !== undefined && v.metricName === undefined) {
    ctx.addIssue({ code: 'custom', path: ['metricUnit'], message: '按指标单位筛选需要同时填写指标名称' });
  }
  if (v.from && v.to && v.to < v.from) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: `不能早于起始日期（${v.from}）` });
  }
  if (v.sort === 'relevance' && !v.text) {
    ctx.addIssue({ code: 'custom', path: ['sort'], message: '按相关度排序需要先填写搜索词' });
  }
}

export const activityListInput = activityListFields.superRefine(checkListFilters);

export type ActivityCreateInput = z.input<typeof activityCreateInput>;
export type ActivityUpdateInput = z.input<typeof activityUpdateInput>;
export type ActivityListInput = z.input<typeof activityListInput>;

export interface ActivityPage {
  items: Activity[];
  total: number;
}

export const ACTIVITY_FIELD_LABELS: FieldLabels = {
  id: '编号',
  date: '日期',
  endDate: '结束日期',
  datePrecision: '日期精度',
  categoryId: '类别',
  title: '事项标题',
  summary: '内容摘要',
  details: '详细情况',
  department: '承办科室',
  participantCount: '参加人数',
  participantsDesc: '参加人员',
  location: '地点',
  leaderRole: '主要负责人参与',
  docTitle: '文件标题',
  docNumber: '文号',
  period: '统计期间',
  metrics: '指标',
  ...ENTRY_METRIC_PART_LABELS,
  tags: '标签',
  year: '年度',
  month: '月份',
  withoutDepartment: '未填写承办科室',
  metricName: '指标名称',
  metricUnit: '指标单位',
  from: '起始日期',
  to: '截止日期',
  categoryIds: '类别',
  origin: '来源单位',
  tag: '标签',
  text: '搜索词',
  evidence: '佐证材料',
  reviewStatus: '审核状态',
  expectedUpdatedAt: '修改前的版本',
  deleted: '范围',
  sort: '排序',
  limit: '每页条数',
  offset: '起始位置',
};
