import { AppError } from '../../shared/errors';
import { getActivity } from '../store/activity-store';
import { listHistory } from '../store/history-store';
import type { HandlerGroup } from './handler-types';

export const historyHandlers: HandlerGroup<'activities.history'> = {
  // A purged entry still has its history, so only an id never seen at all is "not found".
  'activities.history': (ctx, { id }) => {
    const items = listHistory(ctx.db, id);
    if (items.length === 0 && !getActivity(ctx.db, id)) throw new AppError('not_found', `找不到这条活动（编号 ${id}）的修改记录。`);
    return items;
  },
};
