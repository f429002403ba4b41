import { describe, expect, it } from 'vitest';
import { ENTRY_TEMPLATES } from '../../shared/domain/entry-templates';
import { AppError } from '../../shared/errors';
import { openTempApp } from '../helpers/temp-app';

describe('templates.list', () => {
  it('gives every built-in template with this unit’s category id and name', async () => {
    const app = openTempApp();
    const cats = await app.registry.call('categories.list', {});
    const templates = await app.registry.call('templates.list', {});
    expect(templates.map((t) => t.key)).toEqual(ENTRY_TEMPLATES.map((t) => t.key));
    for (const t of templates) {
      const cat = cats.find((c) => c.id === t.categoryId)!;
      expect(cat.key).toBe(t.categoryKey);
      expect(t.categoryName).toBe(cat.name);
    }
    expect(templates.find((t) => t.name === '述法')).toMatchObject({ categoryName: '第一责任人职责', leaderRole: '述法' });
    expect(templates.find((t) => t.name === '热线办理（月度汇总）')).toMatchObject({ categoryName: '矛盾纠纷化解', period: 'month' });
  });

  it('gives an entry the create operation accepts as it stands', async () => {
    const app = openTempApp();
    for (const t of await app.registry.call('templates.list', {})) {
      const created = await app.registry.call('activities.create', {
        date: '2024-03-01',
        categoryId: t.categoryId,
        title: t.titlePattern,
        summary: t.summaryPattern,
        tags: t.tags,
        leaderRole: t.leaderRole,
        period: t.period,
        metrics: t.metrics.map((m) => ({ ...m, value: 1 })),
      });
      expect(created.metrics.map((m) => m.name)).toEqual(t.metrics.map((m) => m.name));
    }
  });
});

describe('calendar.upcoming', () => {
  it('lists the 普法 days ahead of the date given', async () => {
    const app = openTempApp();
    const days = await app.registry.call('calendar.upcoming', { today: '2024-11-20', days: 20 });
    expect(days.map((d) => [d.name, d.date, d.daysUntil])).toEqual([
      ['全国交通安全日', '2024-12-02', 12],
      ['国家宪法日', '2024-12-04', 14],
    ]);
  });

  it("defaults to this computer's today and 30 days", async () => {
    const app = openTempApp(undefined, () => '2024-06-10T12:00:00.000Z');
    const days = await app.registry.call('calendar.upcoming', {});
    expect(days.map((d) => d.name)).toEqual(['安全生产月', '安全宣传咨询日', '国际禁毒日']);
  });

  it('refuses a window over 60 days and an impossible date in Chinese', async () => {
    const app = openTempApp();
    for (const [input, message] of [
      [{ days: 61 }, /提前天数：不能大于60/],
      [{ days: 0 }, /提前天数：不能小于1/],
      [{ today: '2024-02-30' }, /今天的日期：这一天不存在/],
    ] as const) {
      const err = await app.registry.call('calendar.upcoming', input).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).message).toMatch(message);
    }
  });
});
