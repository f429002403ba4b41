import { describe, expect, it } from 'vitest';
import { EMPTY_NARRATIVE } from '../../shared/domain/report-narrative';
import type { ReportTemplateBodyInput } from '../../shared/domain/report-template';
import { assembleReport } from '../../shared/report/assembly/assemble-report';
import type { AssemblyInput } from '../../shared/report/assembly/assembly-input';
import { leaderSummary } from '../../shared/report/compose/leader-summary';
import { reportTemplateBody } from '../../shared/report/template-schema';
import { BUILTIN_TEMPLATES } from '../../shared/report/templates/builtin-templates';
import { FIXTURE_CATEGORIES, toActivity } from '../fixtures/reports/fixture-activities';
import type { FixtureEntry } from '../fixtures/reports/fixture-types';

// Every subsection's year in one sentence: its events counted, their shared figures summed, 同比 when
// last year is known, merged with the template's own "全年……"; and part 三's tally of the leader.

const FIVE = BUILTIN_TEMPLATES[0]!.body;
const e = (over: Partial<FixtureEntry> & { category: string }, n: number) => toActivity({ date: `2024-0${(n % 9) + 1}-01`, title: `事项${n}`, summary: '', under: '', ...over }, n);
const doc = (value: number) => ({ name: '发放资料', value, unit: '份' });

function assemble(entries: ReturnType<typeof e>[], over: Partial<AssemblyInput> = {}) {
  return assembleReport({
    year: 2024,
    today: '2025-01-20',
    unit: { name: '某区文广旅游局', leaderName: '', leaderTitle: '局长' },
    template: FIVE,
    categories: FIXTURE_CATEGORIES,
    entries,
    lastYearTotals: [],
    narrative: { ...EMPTY_NARRATIVE, problems: ['问题一。'], plans: ['计划一。'] },
    choices: { styles: {}, keepEmpty: {}, excluded: [] },
    ...over,
  });
}
const textOf = (r: ReturnType<typeof assemble>, key: string) => r.blocks.find((b) => b.key === key)?.text;
const pufaId = FIXTURE_CATEGORIES.find((c) => c.key === 'pufa')!.id;

describe('subsection totals', () => {
  const three = [
    e({ category: 'pufa', title: '民法典进社区', metrics: [doc(800), { name: '接待咨询', value: 120, unit: '人次' }] }, 1),
    e({ category: 'pufa', title: '宪法宣传周', metrics: [doc(2000), { name: '接待咨询', value: 80, unit: '人次' }] }, 2),
    e({ category: 'pufa', title: '普法进校园', metrics: [doc(300)] }, 3),
  ];

  it('counts the events and merges the count into the template’s own "全年……" sentence', () => {
    // The template speaks of 发放资料 and 接待咨询 itself ("发放宣传资料……，接待法律咨询……").
    expect(textOf(assemble(three), 'measures.pufa.totals')).toBe('全年共开展普法宣传活动3次，发放宣传资料3100份，接待法律咨询200人次。');
  });

  it('sums the figures two or more events share when no template sentence speaks of them, with 同比', () => {
    const body: ReportTemplateBodyInput = structuredClone(FIVE);
    const pufa = (body.parts[0] as { subsections: { id: string; metricSentences?: string[] }[] }).subsections.find((s) => s.id === 'pufa')!;
    pufa.metricSentences = [];
    const r = assemble(three, {
      template: reportTemplateBody.parse(body),
      lastYearEvents: [{ categoryId: pufaId, tags: [], count: 2 }],
      lastYearTotals: [{ name: '接待咨询', unit: '人次', value: 250, approximate: false, sources: [] }],
    });
    expect(textOf(r, 'measures.pufa.totals')).toBe('全年共开展普法宣传活动3次，同比上升50%（上年为2次），累计发放宣传资料3100份，接待群众咨询200人次，同比下降20%（上年为250人次）。');
  });

  it('says nothing more for a single event: its sentence already has its figures', () => {
    const r = assemble([three[0]!]);
    expect(textOf(r, 'measures.pufa.items')).toContain('发放宣传资料800份、接待群众咨询120人次');
    expect(textOf(r, 'measures.pufa.totals')).toBeUndefined();
  });

  it('counts only the events of the kind it names (a 培训 is not an 执法检查)', () => {
    const r = assemble([
      e({ category: 'enforcement', title: '文化市场执法检查' }, 1),
      e({ category: 'enforcement', title: '执法人员业务培训' }, 2),
      e({ category: 'enforcement', title: '暑期旅游市场专项整治' }, 3),
    ]);
    expect(textOf(r, 'measures.enforcement.totals')).toBe('全年共开展执法检查和专项整治2次。');
    expect(textOf(assemble([e({ category: 'enforcement', title: '文化市场执法检查' }, 1), e({ category: 'enforcement', title: '执法人员业务培训' }, 2)]), 'measures.enforcement.totals')).toBeUndefined();
  });

  it('never adds a period counter to its events, and keeps units apart', () => {
    const r = assemble([
      e({ category: 'enforcement', title: '文化市场执法检查', metrics: [{ name: '罚款', value: 2.5, unit: '万元' }] }, 1),
      e({ category: 'enforcement', title: '旅游市场专项整治', metrics: [{ name: '罚款', value: 3000, unit: '元' }] }, 2),
      e({ category: 'enforcement', title: '案件汇总', period: 'year', metrics: [{ name: '办理案件', value: 48, unit: '件' }] }, 3),
    ]);
    const totals = textOf(r, 'measures.enforcement.totals') ?? '';
    expect(totals).toBe('全年共开展执法检查和专项整治2次，办理案件共48件。');
    expect(totals).not.toMatch(/罚款2\.53|罚款3\.25/);
  });

  it('does not count twice what the template’s sentence already counts (开展活动)', () => {
    const r = assemble([...three, e({ category: 'pufa', title: '活动汇总', period: 'year', metrics: [{ name: '开展活动', value: 12, unit: '场' }] }, 4)]);
    expect(textOf(r, 'measures.pufa.totals')).toBe('全年共开展普法宣传活动12场，发放宣传资料3100份，接待法律咨询200人次。');
  });
});

describe('the principal leader in both places', () => {
  it('keeps the study session in 学法 and tallies it in part 三 with the others by role', () => {
    const r = assemble([
      e({ category: 'study', title: '党组理论中心组学习', leaderRole: '主持' }, 1),
      e({ category: 'study', title: '民法典专题学习', leaderRole: '参加' }, 2),
      e({ category: 'first-duty', title: '年度述法', leaderRole: '述法' }, 3),
      e({ category: 'leadership', title: '召开党组会议研究法治工作', leaderRole: '主持' }, 4),
    ]);
    expect(textOf(r, 'measures.study.items')).toContain('党组理论中心组学习');
    expect(textOf(r, 'measures.study.items')).toContain('民法典专题学习');
    expect(textOf(r, 'leader.tally')).toBe('全年，局长主持开展党组理论中心组学习、召开党组会议研究法治工作2次，带头述法1次，参加民法典专题学习1次。');
    expect(r.subsections.find((s) => s.key === 'measures.study')).toMatchObject({ empty: false });
  });

  it('names at most three actions, then 等, and never lists a whole sentence', () => {
    const deeds = ['召开党组会议', '召开推进会', '召开专题会', '召开座谈会'].map((action) => ({ role: '主持' as const, action }));
    expect(leaderSummary('', deeds)).toBe('全年，主要负责人主持召开党组会议、召开推进会、召开专题会等4次。');
    expect(leaderSummary('局长', [{ role: '主持', action: '研究部署，协调推进' }])).toBe('全年，局长主持相关工作1次。');
    expect(leaderSummary('局长', [])).toBe('');
  });
});
