import { ENTRY_TEMPLATES } from '../../shared/domain/entry-templates';
import type { ResolvedEntryTemplate } from '../../shared/domain/entry-templates';
import { CALENDAR_LIMITS, upcomingPufaDays } from '../../shared/domain/pufa-days';
import { listCategories } from '../store/category-store';
import type { HandlerGroup } from './handler-types';
import { localToday } from './local-today';

export const captureHandlers: HandlerGroup<'templates.list' | 'calendar.upcoming'> = {
  // Tied to this unit's categories by key, so a renamed category still gets its templates.
  'templates.list': (ctx) => {
    const byKey = new Map(listCategories(ctx.db).map((c) => [c.key, c]));
    const out: ResolvedEntryTemplate[] = [];
    for (const t of ENTRY_TEMPLATES) {
      const category = byKey.get(t.categoryKey);
      if (!category) continue;
      out.push({ ...t, tags: [...t.tags], metrics: t.metrics.map((m) => ({ ...m })), categoryId: category.id, categoryName: category.name });
    }
    return out;
  },

  'calendar.upcoming': (ctx, input) => upcomingPufaDays(input.today ?? localToday(ctx.now()), input.days ?? CALENDAR_LIMITS.defaultDays),
};
