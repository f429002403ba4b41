import { AppError } from '../../shared/errors';
import { listTrashed, purgeActivity } from '../store/activity-store';
import { recordHistory } from '../store/history-store';
import { lockedYears } from '../store/year-lock-store';
import { mustGetActivity } from './activity-handlers';
import type { HandlerGroup } from './handler-types';
import { requireConfirmation } from './require-confirmation';

// Deleting for good is only possible from the trash, so no entry disappears in one click. The
// 'purge' history row keeps the title: the history has no foreign key and outlives the entry.
// Both take the confirmation the page asks for (shared/contract/confirmation.ts). Emptying the trash
// leaves the entries of a locked year (报告已报送) where they are and counts them: the year lock
// (electron/auth/year-lock.ts) keeps them, without blocking the rest of the trash.

export const activityTrashHandlers: HandlerGroup<'activities.purge' | 'activities.trash.empty'> = {
  'activities.purge': (ctx, { id, confirm }) => {
    const current = mustGetActivity(ctx.db, id);
    if (!current.deletedAt) {
      throw new AppError('conflict', `“${current.title}”不在回收站中，不能彻底删除。请先删除（移入回收站），再到回收站中彻底删除。`);
    }
    requireConfirmation('activities.purge', confirm, `彻底删除“${current.title}”后不能恢复`);
    const now = ctx.now();
    ctx.db.transaction(() => {
      recordHistory(ctx.db, { activityId: id, action: 'purge', at: now, title: current.title });
      purgeActivity(ctx.db, id);
    })();
    return { id, title: current.title };
  },

  'activities.trash.empty': (ctx, { confirm }) => {
    const now = ctx.now();
    return ctx.db.transaction(() => {
      const locked = lockedYears(ctx.db);
      const all = listTrashed(ctx.db);
      const trashed = all.filter((a) => !locked.has(Number(a.date.slice(0, 4))));
      const keptLocked = all.length - trashed.length;
      // An empty trash loses nothing, so it needs no confirmation.
      if (trashed.length > 0) requireConfirmation('activities.trash.empty', confirm, `清空回收站会彻底删除其中的 ${trashed.length} 条记录，不能恢复`);
      for (const a of trashed) {
        recordHistory(ctx.db, { activityId: a.id, action: 'purge', at: now, title: a.title });
        purgeActivity(ctx.db, a.id);
      }
      return keptLocked > 0 ? { count: trashed.length, keptLocked } : { count: trashed.length };
    })();
  },
};
