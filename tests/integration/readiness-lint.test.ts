import { describe, expect, it } from 'vitest';
import type { ReadinessFinding } from '../../shared/domain/readiness';
import { deepLinkHash } from '../../shared/navigation/deep-links';
import { openTempApp } from '../helpers/temp-app';

// 年报体检 reads the assembled text too: a placeholder or an empty 《》 logged in an entry's summary
// is named under the part it lands in, linking to that entry. Against a real data folder.

async function year2024() {
  const app = openTempApp(undefined, () => '2024-12-10T04:00:00.000Z');
  const r = app.registry;
  await r.call('unit.update', { name: '某区司法局', type: '政府部门', leaderName: '张三', leaderTitle: '局长' });
  const categories = await r.call('categories.list', {});
  const pufa = categories.find((c) => c.key === 'pufa')!.id;
  await r.call('report.narrative.set', { year: 2024, dutiesParagraph: '局长切实履行第一责任人职责。', problems: ['普法形式较单一。'], plans: ['创新普法形式。'] });
  return { r, pufa };
}

const lintOf = (findings: ReadinessFinding[]) => findings.filter((f) => f.code === 'report-lint');

describe('report.readiness: the report lint', () => {
  it('names a placeholder and an empty 《》 left in an entry’s summary, under part 一, linking to the entry', async () => {
    const { r, pufa } = await year2024();
    await r.call('activities.create', { categoryId: pufa, date: '2024-03-01', title: '民法典宣传月', summary: '开展民法典宣传月活动，发放宣传资料500份' });
    const flawed = await r.call('activities.create', { categoryId: pufa, date: '2024-05-06', title: '宪法进社区', summary: '在XX社区开展宪法宣传，发放《》读本' });
    const found = lintOf((await r.call('report.readiness', { year: 2024 })).findings);
    expect(found.map((f) => [f.severity, f.group, f.link])).toEqual([
      ['must', 'measures', { to: 'entry', id: flawed.id }],
      ['must', 'measures', { to: 'entry', id: flawed.id }],
    ]);
    expect(found.map((f) => f.text)).toEqual([expect.stringContaining('还留着占位“XX”'), expect.stringContaining('“《》”里没有内容')]);
    expect(deepLinkHash(found[0]!.link)).toBe(`#/ledger?entry=${flawed.id}`);
  });

  it('says nothing of clean text, a 文号 or figures, nor of the reminders other checks already name', async () => {
    const { r, pufa } = await year2024();
    await r.call('activities.create', { categoryId: pufa, date: '2024-03-01', title: '印发普法责任清单', summary: '印发普法责任清单，普法经费2.5万元，知晓率96.67%', docTitle: '某区司法局普法责任清单', docNumber: '某司发〔2024〕1号' });
    expect(lintOf((await r.call('report.readiness', { year: 2024 })).findings)).toEqual([]);
    // Parts 二 and 四 unwritten: assembly leaves its reminder, which problems-missing already names.
    await r.call('report.narrative.set', { year: 2024, problems: [], plans: [] });
    const findings = (await r.call('report.readiness', { year: 2024 })).findings;
    expect(findings.map((f) => f.code)).toEqual(expect.arrayContaining(['problems-missing', 'plans-missing']));
    expect(lintOf(findings)).toEqual([]);
  });
});
