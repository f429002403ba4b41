import { describe, expect, it } from 'vitest';
import { rejected } from '../helpers/rejected';
import { openTempApp, tempDir } from '../helpers/temp-app';

describe('report.narrative.get / set', () => {
  it('starts empty with 其他 = 无。, and keeps a year’s narrative across a reopen', async () => {
    const dir = tempDir();
    const app = openTempApp(dir);
    expect(await app.registry.call('report.narrative.get', { year: 2024 })).toEqual({
      year: 2024,
      narrative: { preface: '', superior: '', dutiesParagraph: '', problems: [], plans: [], other: '无。', signature: '', date: '' },
      updatedAt: null,
      lastYearPlans: [],
    });
    await app.registry.call('report.narrative.set', {
      year: 2024,
      superior: '区委、区政府',
      problems: ['  执法力量薄弱。  ', '宣传方式单一。'],
      plans: ['加强学习。'],
      date: '2025年1月20日',
    });
    app.close();
    const again = openTempApp(dir);
    const view = await again.registry.call('report.narrative.get', { year: 2024 });
    expect(view.narrative).toMatchObject({ superior: '区委、区政府', problems: ['执法力量薄弱。', '宣传方式单一。'], plans: ['加强学习。'], other: '无。', date: '2025-01-20' });
    expect(view.updatedAt).not.toBeNull();
  });

  it('shows last year’s plans beside this year', async () => {
    const app = openTempApp();
    await app.registry.call('report.narrative.set', { year: 2023, problems: [], plans: ['建立普法责任清单。', '开展执法案卷评查。'] });
    expect((await app.registry.call('report.narrative.get', { year: 2024 })).lastYearPlans).toEqual(['建立普法责任清单。', '开展执法案卷评查。']);
  });

  it('keeps fields left out, replaces the lists, and resets 其他 to 无。 when not given', async () => {
    const app = openTempApp();
    await app.registry.call('report.narrative.set', { year: 2024, superior: '县委、县政府', dutiesParagraph: '局长亲自部署。', problems: ['一'], plans: ['二'], other: '本年度获评法治政府建设示范单位。' });
    const view = await app.registry.call('report.narrative.set', { year: 2024, problems: ['三'], plans: [] });
    expect(view.narrative).toMatchObject({ superior: '县委、县政府', dutiesParagraph: '局长亲自部署。', problems: ['三'], plans: [], other: '无。' });
  });

  it('refuses a wrong date, an unknown field, an empty item and a wrong type, naming them in Chinese', async () => {
    const app = openTempApp();
    const date = await rejected(app.registry.call('report.narrative.set', { year: 2024, problems: [], plans: [], date: '2025-02-30' }));
    expect(date.message).toContain('成文日期：这一天不存在（2025年2月只有28天）');
    const old = await rejected(app.registry.call('report.narrative.set', { year: 2024, problems: [], plans: [], date: '1900年1月1日' }));
    expect(old.message).toBe('成文日期：超出可填写的范围：日期应在 1949-01-01 至 2100-12-31 之间');
    const shape = await rejected(app.registry.call('report.narrative.set', { year: 2024, problems: [], plans: [], date: '一月' }));
    expect(shape.message).toContain('成文日期：应写成“2025-01-20”或“2025年1月20日”');
    const unknown = await rejected(app.registry.call('report.narrative.set', { year: 2024, problems: [], plans: [], honours: 'x' } as never));
    expect(unknown.message).toContain('含有不认识的字段：honours');
    const empty = await rejected(app.registry.call('report.narrative.set', { year: 2024, problems: ['好', '  '], plans: [] }));
    expect(empty.message).toBe('存在的问题第2项：不能为空');
    const type = await rejected(app.registry.call('report.narrative.set', { year: 2024, problems: '一条' as never, plans: [] }));
    expect(type.message).toBe('存在的问题：应为列表');
    expect((await app.registry.call('report.narrative.get', { year: 2024 })).updatedAt).toBeNull();
  });
});
