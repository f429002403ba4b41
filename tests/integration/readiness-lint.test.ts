import { describe, expect, it } from 'vitest';
import type { ReadinessFinding } from '../../shared/domain/readiness';
import { deepLinkHash } from '../../shared/navigation/deep-links';
import { blockText } from '../../shared/report/report-document';
import { openTempApp } from '../helpers/temp-app';

// 年报体检 reads the assembled text too: a placeholder or an empty 《》 logged in an entry's summary
// is named under the part it lands in, linking to that entry; the text read is the one with the
// user's saved edits, as the preview shows it. Against a real data folder.

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

  async function assembled(r: Awaited<ReturnType<typeof year2024>>['r'], has: string) {
    const [five] = await r.call('report.templates.list', {});
    const view = await r.call('report.assemble', { year: 2024, templateId: five!.id });
    const block = view.document.blocks.find((b) => blockText(b).includes(has))!;
    return { key: block.key, text: blockText(block) };
  }

  it('reads the saved edits: a placeholder the user fixed by editing the paragraph is no longer named', async () => {
    const { r, pufa } = await year2024();
    await r.call('activities.create', { categoryId: pufa, date: '2024-05-06', title: '宪法进社区', summary: '在XX社区开展宪法宣传' });
    const block = await assembled(r, 'XX社区');
    expect(lintOf((await r.call('report.readiness', { year: 2024 })).findings).map((f) => f.text)).toEqual([expect.stringContaining('还留着占位“XX”')]);
    // The entry still says XX; the report that will be sent does not.
    await r.call('report.block.edit', { year: 2024, key: block.key, text: block.text.replace('XX社区', '城东社区') });
    expect(lintOf((await r.call('report.readiness', { year: 2024 })).findings)).toEqual([]);
  });

  it('reads the saved edits: a placeholder typed into an edit is named, under its part, linking to the 年报 preview where it was typed', async () => {
    const { r, pufa } = await year2024();
    await r.call('activities.create', { categoryId: pufa, date: '2024-03-01', title: '民法典宣传月', summary: '开展民法典宣传月活动，发放宣传资料500份' });
    const block = await assembled(r, '民法典宣传月');
    expect(lintOf((await r.call('report.readiness', { year: 2024 })).findings)).toEqual([]);
    await r.call('report.block.edit', { year: 2024, key: block.key, text: block.text.replace('民法典宣传月活动', '民法典宣传月活动，覆盖XX人') });
    const found = lintOf((await r.call('report.readiness', { year: 2024 })).findings);
    expect(found.map((f) => [f.severity, f.group, f.link])).toEqual([['must', 'measures', { to: 'report', year: 2024 }]]);
    expect(found[0]!.text).toContain('还留着占位“XX”');
    expect(deepLinkHash(found[0]!.link)).toBe('#/report?year=2024');
  });
});
