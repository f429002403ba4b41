import { describe, expect, it } from 'vitest';
import type { ReportChoices } from '../../shared/domain/report-draft';
import { EMPTY_NARRATIVE } from '../../shared/domain/report-narrative';
import type { ReportTemplateBody, ReportTemplateBodyInput } from '../../shared/domain/report-template';
import { assembleReport } from '../../shared/report/assembly/assemble-report';
import type { AssemblyInput } from '../../shared/report/assembly/assembly-input';
import { buildReportView } from '../../shared/report/edits/report-view';
import { reportTemplateBody } from '../../shared/report/template-schema';
import { BUILTIN_TEMPLATES } from '../../shared/report/templates/builtin-templates';
import { FIXTURE_CATEGORIES, toActivity } from '../fixtures/reports/fixture-activities';
import type { FixtureEntry } from '../fixtures/reports/fixture-types';

// Assembly rules on small hand-made years, without a database.

const FIVE = BUILTIN_TEMPLATES[0]!.body;
const e = (over: Partial<FixtureEntry> & { category: string }, n: number) =>
  toActivity({ date: '2024-03-01', title: `事项${n}`, summary: `开展第${n}项工作`, under: '', ...over }, n);

function assemble(entries: ReturnType<typeof e>[], over: Partial<AssemblyInput> = {}, choices: Partial<ReportChoices> = {}) {
  return assembleReport({
    year: 2024,
    today: '2025-01-20',
    unit: { name: '某区司法局', leaderName: '张三', leaderTitle: '局长' },
    template: FIVE,
    categories: FIXTURE_CATEGORIES,
    entries,
    lastYearTotals: [],
    narrative: { ...EMPTY_NARRATIVE, problems: ['问题一。'], plans: ['计划一。'] },
    choices: { styles: {}, keepEmpty: {}, excluded: [], ...choices },
    ...over,
  });
}

const textOf = (r: ReturnType<typeof assemble>, key: string) => r.blocks.find((b) => b.key === key)?.text;
const codes = (r: ReturnType<typeof assemble>) => r.warnings.map((w) => w.code);

describe('routing entries to sections', () => {
  it('the leader’s entries keep their sentences in their own subsections and are tallied in part 三; a tag beats a category', () => {
    const body: ReportTemplateBodyInput = structuredClone(FIVE);
    const measures = body.parts[0] as { subsections: { id: string; tags?: string[] }[] };
    measures.subsections.find((s) => s.id === 'study')!.tags = ['宪法'];
    const r = assemble(
      [e({ category: 'pufa', leaderRole: '参加', summary: '局长带队开展宪法宣传' }, 1), e({ category: 'pufa', tags: ['宪法'], summary: '开展宪法学习' }, 2), e({ category: 'pufa' }, 3)],
      { template: reportTemplateBody.parse(body) },
    );
    expect(textOf(r, 'leader.items')).toBeUndefined();
    expect(textOf(r, 'leader.tally')).toBe('全年，局长张三参加事项1宣传活动1次。');
    expect(textOf(r, 'measures.study.items')).toBe('开展宪法学习。');
    expect(textOf(r, 'measures.pufa.items')).toBe('一是局长带队开展宪法宣传；二是开展第3项工作。');
  });

  it('writes the leader’s entry with its figures in its own subsection, counted in its totals, and tallied in part 三', () => {
    const led = e({ category: 'pufa', leaderRole: '主持', summary: '局长主持宪法宣传周启动仪式', metrics: [{ name: '发放资料', value: 500, unit: '份' }] }, 1);
    const r = assemble([led, e({ category: 'pufa', metrics: [{ name: '发放资料', value: 300, unit: '份' }] }, 2)]);
    // A figure typed into a field and missing from the summary is added after it.
    expect(textOf(r, 'measures.pufa.items')).toBe('一是局长主持宪法宣传周启动仪式，发放宣传资料500份；二是开展第2项工作，发放宣传资料300份。');
    expect(r.blocks.find((b) => b.key === 'measures.pufa.totals')).toMatchObject({ text: '全年共开展普法宣传活动2次，发放宣传资料800份。', sources: expect.arrayContaining([led.id]) });
    expect(r.blocks.find((b) => b.key === 'leader.tally')).toMatchObject({ text: '全年，局长张三主持开展事项1宣传活动1次。', sources: [led.id] });
  });

  it('sorts by date, skips excluded entries, and uses period totals for figures only', () => {
    const late = e({ category: 'pufa', date: '2024-09-01', summary: '九月宣传' }, 1);
    const early = e({ category: 'pufa', date: '2024-02-01', summary: '二月宣传' }, 2);
    const left = e({ category: 'pufa', date: '2024-05-01', summary: '不写的宣传' }, 3);
    const counter = e({ category: 'enforcement', period: 'year', summary: '全年办案', metrics: [{ name: '办理案件', value: 48, unit: '件' }] }, 4);
    const r = assemble([late, early, left, counter], {}, { excluded: [left.id] });
    expect(textOf(r, 'measures.pufa.items')).toBe('一是二月宣传；二是九月宣传。');
    expect(r.blocks.some((b) => b.sources.includes(left.id))).toBe(false);
    expect(textOf(r, 'measures.enforcement.totals')).toBe('全年办理案件共48件。');
    expect(r.blocks.find((b) => b.key === 'measures.enforcement.items')).toBeUndefined();
  });

  it('adds 同比 to automatic totals when last year has the figure', () => {
    const counter = e({ category: 'enforcement', period: 'year', metrics: [{ name: '办理案件', value: 7, unit: '件' }] }, 1);
    const r = assemble([counter], { lastYearTotals: [{ name: '办理案件', unit: '件', value: 8, approximate: false, sources: [] }] });
    expect(textOf(r, 'measures.enforcement.totals')).toBe('全年办理案件共7件，同比下降12.5%（上年为8件）。');
  });

  it('cites a document produced by its title in 《》 and its 文号', () => {
    const r = assemble([e({ category: 'rules', summary: '制定行政执法公示办法', docTitle: '某局行政执法公示办法', docNumber: '某司发〔2024〕3号' }, 1)]);
    expect(textOf(r, 'measures.rules.items')).toBe('制定行政执法公示办法，印发《某局行政执法公示办法》（某司发〔2024〕3号）。');
  });
});

describe('the user’s choices', () => {
  it('switches a subsection between 一是 and numbered paragraphs', () => {
    const list = [e({ category: 'pufa' }, 1), e({ category: 'pufa' }, 2)];
    expect(assemble(list).subsections.find((s) => s.key === 'measures.pufa')).toMatchObject({ style: 'yishi', styleChosen: false, items: 2 });
    const numbered = assemble(list, {}, { styles: { 'measures.pufa': 'numbered' } });
    expect(numbered.blocks.filter((b) => b.key.startsWith('measures.pufa#')).map((b) => b.text)).toEqual(['开展第1项工作。', '开展第2项工作。']);
  });

  it('flags an empty subsection and omits it, or keeps it with a visible reminder when asked', () => {
    const omitted = assemble([e({ category: 'pufa' }, 1)]);
    expect(omitted.blocks.some((b) => b.key === 'measures.study')).toBe(false);
    expect(omitted.warnings).toContainEqual(expect.objectContaining({ code: 'empty-subsection', key: 'measures.study', message: expect.stringContaining('已省略') }));
    const kept = assemble([e({ category: 'pufa' }, 1)], {}, { keepEmpty: { 'measures.study': true } });
    expect(kept.blocks.find((b) => b.key === 'measures.study')?.kind).toBe('heading2');
    expect(textOf(kept, 'measures.study.empty')).toBe('（本年度台账中暂无此项内容，请补充或删除本节。）');
    expect(kept.subsections.find((s) => s.key === 'measures.study')).toMatchObject({ empty: true, keptEmpty: true });
  });
});

describe('warnings', () => {
  it('a year with no entries still gives a whole report, with warnings', () => {
    const r = assemble([]);
    expect(codes(r)).toContain('no-entries');
    expect(r.blocks.filter((b) => b.kind === 'heading1')).toHaveLength(5);
    expect(textOf(r, 'measures.empty')).toContain('请补充');
    expect(textOf(r, 'leader.duties')).toContain('主要负责人切实履行推进法治建设第一责任人职责');
  });

  it('a template that maps nothing, an entry of a category no section names, a category that no longer exists', () => {
    const nothing: ReportTemplateBody = reportTemplateBody.parse({ ...structuredClone(FIVE), parts: [{ kind: 'measures', id: 'measures', heading: '主要举措', subsections: [{ kind: 'entries', id: 'all', heading: '工作' }] }] });
    const r = assemble([e({ category: 'pufa' }, 1)], { template: nothing });
    expect(codes(r)).toEqual(expect.arrayContaining(['template-maps-nothing', 'unmapped-entry']));
    const gone = { ...e({ category: 'pufa' }, 2), categoryId: 99 };
    const r2 = assemble([gone]);
    expect(r2.warnings).toContainEqual(expect.objectContaining({ code: 'category-missing', activityIds: [gone.id] }));
    expect(textOf(r2, 'measures.other.items')).toBe('开展第2项工作。');
  });

  it('a template category that does not exist, half-width punctuation, a missing summary, a very large figure', () => {
    const body: ReportTemplateBodyInput = structuredClone(FIVE);
    (body.parts[0] as { subsections: { categories?: string[] }[] }).subsections[0]!.categories = ['study', '已删除的类别'];
    const r = assemble(
      [
        e({ category: 'pufa', summary: '开展宪法宣传,发放材料 500 份' }, 1),
        e({ category: 'study', summary: '' }, 2),
        e({ category: 'pufa', metrics: [{ name: '发放资料', value: 3_000_000, unit: '份' }] }, 3),
      ],
      { template: reportTemplateBody.parse(body) },
    );
    expect(r.warnings).toContainEqual(expect.objectContaining({ code: 'unknown-category', message: expect.stringContaining('已删除的类别') }));
    expect(r.warnings).toContainEqual(expect.objectContaining({ code: 'punctuation-fixed', key: 'measures.pufa' }));
    expect(textOf(r, 'measures.pufa.items')).toContain('开展宪法宣传，发放材料500份');
    expect(r.warnings).toContainEqual(expect.objectContaining({ code: 'summary-missing' }));
    expect(textOf(r, 'measures.study.items')).toBe('3月1日，开展事项2专题学习。');
    expect(r.warnings).toContainEqual(expect.objectContaining({ code: 'large-number', message: expect.stringContaining('3000000份') }));
    // The template's "全年发放宣传资料……" would only repeat the one event that has the figure.
    expect(textOf(r, 'measures.pufa.totals')).toBe('全年共开展普法宣传活动2次。');
  });

  it('a missing superior drops its clause; missing problems and plans leave reminders and warnings', () => {
    const r = assemble([], { narrative: EMPTY_NARRATIVE });
    expect(textOf(r, 'opening')).not.toContain('坚强领导');
    expect(r.warnings.filter((w) => w.code === 'narrative-missing').map((w) => w.key)).toEqual(expect.arrayContaining(['problems', 'plans']));
    expect(textOf(r, 'problems.empty')).toContain('请在年度材料中填写');
  });

  it('a missing unit name is shown, not hidden', () => {
    const r = assemble([], { unit: { name: '', leaderName: '', leaderTitle: '' } });
    expect(r.title).toBe('〔单位〕2024年法治政府建设情况报告');
    expect(codes(r)).toContain('field-missing');
    // Warned at each block that names it (title, opening, …), but the preview says it once.
    expect(buildReportView({ year: 2024, templateId: 1, assembled: r, edits: {}, changes: [], choices: { styles: {}, keepEmpty: {}, excluded: [] }, assembledAt: '2025-01-20T00:00:00.000Z' }).warnings.filter((w) => w.message.startsWith('“单位”没有填写'))).toHaveLength(1);
  });
});
