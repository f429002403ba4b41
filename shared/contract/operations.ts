import { z } from 'zod';
import type { Activity, ActivityPage } from '../domain/activity';
import { ACTIVITY_FIELD_LABELS, activityCreateInput, activityIdInput, activityListInput, activityUpdateInput } from '../domain/activity';
import type { AppInfo } from '../domain/app-info';
import type { Category } from '../domain/category';
import type { UnitProfile } from '../domain/unit';
import { UNIT_FIELD_LABELS, unitUpdateInput } from '../domain/unit';
import type { FieldLabels } from '../validation/format-issues';

// The one contract. Every operation the app can do is listed here with its input schema (checked at
// run time on every transport) and its output type. The handler map in electron/, the preload's
// allow-list and the renderer's typed client are all derived from this object.

export interface OperationSpec<I extends z.ZodType, O> {
  input: I;
  labels: FieldLabels;
  /** Chinese, shown in logs and the CLI. */
  summary: string;
  /** Phantom: carries the output type; never set at run time. */
  readonly output?: O;
}

function op<O>() {
  return <I extends z.ZodType>(spec: { input: I; labels?: FieldLabels; summary: string }): OperationSpec<I, O> => ({
    labels: {},
    ...spec,
  });
}

const empty = z.object({}).strict();

export const operations = {
  'app.info': op<AppInfo>()({ input: empty, summary: '读取程序与数据文件信息' }),

  'unit.get': op<UnitProfile>()({ input: empty, summary: '读取单位信息' }),
  'unit.update': op<UnitProfile>()({ input: unitUpdateInput, labels: UNIT_FIELD_LABELS, summary: '修改单位信息' }),

  'categories.list': op<Category[]>()({ input: empty, summary: '列出类别' }),

  'activities.create': op<Activity>()({ input: activityCreateInput, labels: ACTIVITY_FIELD_LABELS, summary: '新增活动' }),
  'activities.update': op<Activity>()({ input: activityUpdateInput, labels: ACTIVITY_FIELD_LABELS, summary: '修改活动' }),
  'activities.delete': op<Activity>()({ input: activityIdInput, labels: ACTIVITY_FIELD_LABELS, summary: '删除活动（移入回收站）' }),
  'activities.restore': op<Activity>()({ input: activityIdInput, labels: ACTIVITY_FIELD_LABELS, summary: '从回收站恢复活动' }),
  'activities.get': op<Activity>()({ input: activityIdInput, labels: ACTIVITY_FIELD_LABELS, summary: '读取一条活动' }),
  'activities.list': op<ActivityPage>()({ input: activityListInput, labels: ACTIVITY_FIELD_LABELS, summary: '查询活动' }),
} as const;

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
