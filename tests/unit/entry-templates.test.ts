import { describe, expect, it } from 'vitest';
import { activityCreateInput } from '../../shared/domain/activity';
import { DEFAULT_CATEGORIES } from '../../shared/domain/default-categories';
import { ENTRY_TEMPLATES, fillTemplate, templateSlots } from '../../shared/domain/entry-templates';
import { DEFAULT_METRICS } from '../../shared/domain/metric-defaults';

const CATEGORY_KEYS = new Set(DEFAULT_CATEGORIES.map((c) => c.key));

describe('the built-in entry templates', () => {
  it('cover the recurring kinds of entry', () => {
    const names = ENTRY_TEMPLATES.map((t) => t.name);
    for (const name of ['集体学法', '法治讲座', '普法宣传活动', '述法', '执法培训考试', '规范性文件审查', '法律顾问审查', '行政复议（季度汇总）', '热线办理（月度汇总）', '宪法宣誓']) {
      expect(names).toContain(name);
    }
  });

  it.each(ENTRY_TEMPLATES.map((t) => [t.name, t] as const))('%s is well formed', (_name, t) => {
    expect(CATEGORY_KEYS.has(t.categoryKey)).toBe(true);
    expect(t.summaryPattern).toMatch(/。$/);
    expect(new Set(t.metrics.map((m) => m.name)).size).toBe(t.metrics.length);
    const filled = Object.fromEntries([...templateSlots(t.titlePattern), ...templateSlots(t.summaryPattern)].map((s) => [s, '某某']));
    const parsed = activityCreateInput.safeParse({
      date: '2024-01-02',
      categoryId: 1,
      title: fillTemplate(t.titlePattern, filled),
      summary: fillTemplate(t.summaryPattern, filled),
      tags: t.tags,
      leaderRole: t.leaderRole,
      period: t.period,
      metrics: t.metrics.map((m) => ({ ...m, value: 0 })),
    });
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  });

  it('use the units of the metric definitions where the names match', () => {
    for (const t of ENTRY_TEMPLATES) {
      const defs = DEFAULT_METRICS[t.categoryKey] ?? [];
      for (const m of t.metrics) {
        const def = defs.find((d) => d.name === m.name);
        if (def) expect(`${t.name} ${m.name} ${m.unit}`).toBe(`${t.name} ${m.name} ${def.unit}`);
      }
    }
  });

  it('keep the counters as period totals and the 述法 with the leader', () => {
    const byName = new Map(ENTRY_TEMPLATES.map((t) => [t.name, t]));
    expect(byName.get('行政复议（季度汇总）')!.period).toBe('quarter');
    expect(byName.get('热线办理（月度汇总）')!.period).toBe('month');
    expect(byName.get('述法')!.leaderRole).toBe('述法');
    expect(new Set(ENTRY_TEMPLATES.map((t) => t.key)).size).toBe(ENTRY_TEMPLATES.length);
  });
});

describe('fillTemplate and templateSlots', () => {
  it('lists each slot once, in order', () => {
    expect(templateSlots('{甲}与{乙}，再说{甲}')).toEqual(['甲', '乙']);
    expect(templateSlots('没有占位')).toEqual([]);
  });

  it('fills the slots given and leaves the others visible', () => {
    expect(fillTemplate('组织{范围}学习{内容}，{范围}参加。', { 范围: '全体干部' })).toBe('组织全体干部学习{内容}，全体干部参加。');
  });
});
