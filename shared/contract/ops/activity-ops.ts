import { z } from 'zod';
import type { Activity, ActivityPage, PurgedActivity, TrashEmptied } from '../../domain/activity';
import {
  ACTIVITY_FIELD_LABELS,
  activityCopyInput,
  activityCreateInput,
  activityIdInput,
  activityListInput,
  activityUpdateInput,
} from '../../domain/activity';
import { CONFIRM_LABELS, confirmField } from '../confirmation';
import { op } from '../operation-spec';

const labels = ACTIVITY_FIELD_LABELS;

// Deleting for good takes the confirmation its page asks for (see ../confirmation.ts).
const purgeInput = activityIdInput.extend({ confirm: confirmField });
const trashEmptyInput = z.object({ confirm: confirmField }).strict();

export const activityOps = {
  'activities.create': op<Activity>()({ input: activityCreateInput, labels, summary: '新增活动' }),
  'activities.update': op<Activity>()({ input: activityUpdateInput, labels, summary: '修改活动' }),
  'activities.delete': op<Activity>()({ input: activityIdInput, labels, summary: '删除活动（移入回收站）' }),
  'activities.restore': op<Activity>()({ input: activityIdInput, labels, summary: '从回收站恢复活动' }),
  'activities.get': op<Activity>()({ input: activityIdInput, labels, summary: '读取一条活动' }),
  'activities.list': op<ActivityPage>()({ input: activityListInput, labels, summary: '查询活动' }),
  'activities.copy': op<Activity>()({ input: activityCopyInput, labels, summary: '复制一条活动为新活动' }),
  'activities.purge': op<PurgedActivity>()({ input: purgeInput, labels: { ...labels, ...CONFIRM_LABELS }, summary: '彻底删除回收站中的一条活动（需确认）' }),
  'activities.trash.empty': op<TrashEmptied>()({ input: trashEmptyInput, labels: CONFIRM_LABELS, summary: '清空回收站（需确认）' }),
} as const;
