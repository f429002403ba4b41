import { AppError } from '../../shared/errors';
import { listTrashed, purgeActivity } from '../store/activity-store';
import { recordHistory } from '../store/history-store';
import { mustGetActivity } from './activity-handlers';
import type { HandlerGroup } from './handler-types';

// Deleting for good is only possible from the trash, so no entry disappears in one click. The
// 'purge' history row keeps the title: the history has no foreign key and outlives the entry.

export const activityTrashHandlers: HandlerGroup<'activities.purge' | 'activities.trash.empty'> = {
  'activities.purge': (ctx, { id }) => {
    const current = mustGetActivity(ctx.db, id);
    if (!current.deletedAt) {
      throw new AppError('conflict', `“${current.title}”不在回收站中，不能彻底删除。请先删除（移入回收站），再到回收站中彻底删除。`);
    }
    const now = ctx.now();
    ctx.db.transaction(() => {
      recordHistory(ctx.db, { activityId: id, action: 'purge', at: now, title: current.title });
      purgeActivity(ctx.db, id);
    })();
    return { id, title: current.title };
  },

  'activities.trash.empty': (ctx) => {
    const now = ctx.now();
    return ctx.db.transaction(() => {
      const trashed = listTrashed(ctx.db);
      for (const a of trashed) {
        recordHistory(ctx.db, { activityId: a.id, action: 'purge', at: now, title: a.title });
        purgeActivity(ctx.db, a.id);
      }
      return { count: trashed.length };
    })();
  },
};
