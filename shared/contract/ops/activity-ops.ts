import type { Activity, ActivityPage, PurgedActivity, TrashEmptied } from '../../domain/activity';
import {
  ACTIVITY_FIELD_LABELS,
  activityCopyInput,
  activityCreateInput,
  activityIdInput,
  activityListInput,
  activityUpdateInput,
} from '../../domain/activity';
import { op } from '../operation-spec';
import { emptyInput } from './empty-input';

const labels = ACTIVITY_FIELD_LABELS;

export const activityOps = {
  'activities.create': op<Activity>()({ input: activityCreateInput, labels, summary: '新增活动' }),
  'activities.update': op<Activity>()({ input: activityUpdateInput, labels, summary: '修改活动' }),
  'activities.delete': op<Activity>()({ input: activityIdInput, labels, summary: '删除活动（移入回收站）' }),
  'activities.restore': op<Activity>()({ input: activityIdInput, labels, summary: '从回收站恢复活动' }),
  'activities.get': op<Activity>()({ input: activityIdInput, labels, summary: '读取一条活动' }),
  'activities.list': op<ActivityPage>()({ input: activityListInput, labels, summary: '查询活动' }),
  'activities.copy': op<Activity>()({ input: activityCopyInput, labels, summary: '复制一条活动为新活动' }),
  'activities.purge': op<PurgedActivity>()({ input: activityIdInput, labels, summary: '彻底删除回收站中的一条活动' }),
  'activities.trash.empty': op<TrashEmptied>()({ input: emptyInput, summary: '清空回收站' }),
} as const;
