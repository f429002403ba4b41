import { z } from 'zod';
import { isoDate, line, requiredLine, text, uuid, year } from '../validation/fields';
import type { FieldLabels } from '../validation/format-issues';

export const ACTIVITY_LIMITS = {
  title: 100,
  summary: 500,
  details: 20000,
  department: 30,
  location: 100,
  tag: 20,
  tags: 20,
  participantCount: 10_000_000,
  searchText: 50,
  pageSize: 500,
} as const;

export interface Activity {
  /** Stable UUID: survives export, import and merging between units. */
  id: string;
  date: string;
  endDate: string | null;
  categoryId: number;
  categoryName: string;
  title: string;
  /** The sentence the annual report will use for this entry. */
  summary: string;
  details: string;
  department: string;
  participantCount: number | null;
  location: string;
  tags: string[];
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

const tag = line(ACTIVITY_LIMITS.tag).pipe(z.string().min(1));

const activityFields = {
  date: isoDate,
  endDate: isoDate.nullable().optional(),
  categoryId: z.number().int().positive(),
  title: requiredLine(ACTIVITY_LIMITS.title),
  summary: line(ACTIVITY_LIMITS.summary).optional(),
  details: text(ACTIVITY_LIMITS.details).optional(),
  department: line(ACTIVITY_LIMITS.department).optional(),
  participantCount: z.number().int().min(0).max(ACTIVITY_LIMITS.participantCount).nullable().optional(),
  location: line(ACTIVITY_LIMITS.location).optional(),
  tags: z
    .array(tag)
    .max(ACTIVITY_LIMITS.tags)
    .transform((list) => [...new Set(list)])
    .optional(),
};

const endNotBeforeStart = (v: { date?: string | undefined; endDate?: string | null | undefined }) =>
  !v.date || !v.endDate || v.endDate >= v.date;
const END_BEFORE_START = { message: '结束日期不能早于开始日期', path: ['endDate'] };

export const activityCreateInput = z.object(activityFields).strict().refine(endNotBeforeStart, END_BEFORE_START);

export const activityUpdateInput = z
  .object({ id: uuid, ...activityFields })
  .partial()
  .required({ id: true })
  .strict()
  .refine(endNotBeforeStart, END_BEFORE_START);

export const activityIdInput = z.object({ id: uuid }).strict();

export const ACTIVITY_SORTS = ['date_desc', 'date_asc', 'updated_desc'] as const;

export const activityListInput = z
  .object({
    year: year.optional(),
    categoryId: z.number().int().positive().optional(),
    text: line(ACTIVITY_LIMITS.searchText).optional(),
    /** 'exclude' (the default) hides the trash; 'only' lists the trash. */
    deleted: z.enum(['exclude', 'only']).optional(),
    sort: z.enum(ACTIVITY_SORTS).optional(),
    limit: z.number().int().min(1).max(ACTIVITY_LIMITS.pageSize).optional(),
    offset: z.number().int().min(0).optional(),
  })
  .strict();

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
  categoryId: '类别',
  title: '事项标题',
  summary: '内容摘要',
  details: '详细情况',
  department: '承办科室',
  participantCount: '参加人数',
  location: '地点',
  tags: '标签',
  year: '年度',
  text: '搜索词',
  deleted: '范围',
  sort: '排序',
  limit: '每页条数',
  offset: '起始位置',
};
