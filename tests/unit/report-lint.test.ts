import { describe, expect, it } from 'vitest';
import type { ReportChoices } from '../../shared/domain/report-draft';
import { EMPTY_NARRATIVE } from '../../shared/domain/report-narrative';
import type { ReportTemplateBody } from '../../shared/domain/report-template';
import { assembleReport } from '../../shared/report/assembly/assemble-report';
import type { AssemblyInput } from '../../shared/report/assembly/assembly-input';
import type { AssembledReport, DraftBlock } from '../../shared/report/assembly/draft-blocks';
import { renderDocument } from '../../shared/report/assembly/render-document';
import { buildReportView } from '../../shared/report/edits/report-view';
import type { LintFinding } from '../../shared/report/lint/lint-finding';
import { lintEmptyHeading } from '../../shared/report/lint/lint-empty-heading';
import { lintEmptyMarks } from '../../shared/report/lint/lint-empty-marks';
import { lintHalfwidth } from '../../shared/report/lint/lint-halfwidth';
import { lintLeadout } from '../../shared/report/lint/lint-leadout';
import { lintNumbering } from '../../shared/report/lint/lint-numbering';
import { lintPlaceholder } from '../../shared/report/lint/lint-placeholder';
import { lintRepeated } from '../../shared/report/lint/lint-repeated';
import { checkReportLint } from '../../shared/report/readiness/check-report-lint';
import { beyondAssemblyReminders, lintReport } from '../../shared/report/lint/lint-report';
import type { ReportDocument } from '../../shared/report/report-document';
import { reportTemplateBody } from '../../shared/report/template-schema';
import { BUILTIN_TEMPLATES } from '../../shared/report/templates/builtin-templates';
import { FIXTURE_CATEGORIES, fixtureActivities } from '../fixtures/reports/fixture-activities';
import type { ReportFixture } from '../fixtures/reports/fixture-types';
import { REPORT_000 } from '../fixtures/reports/report-000';
import { REPORT_001 } from '../fixtures/reports/report-001';
import { REPORT_004 } from '../fixtures/reports/report-004';

// The report lint: each check finds its seam, with the block's key, and leaves the near miss alone.

const p = (key: string, text: string, item?: 2 | 3): DraftBlock => ({ kind: 'paragraph', key, origin: 'log', sources: [], text, ...(item ? { item } : {}) });
const h1 = (key: string, text: string): DraftBlock => ({ kind: 'heading1', key, origin: 'template', sources: [], text });
const h2 = (key: string, text: string): DraftBlock => ({ kind: 'heading2', key, origin: 'template', sources: [], text });

const OPENING = p('opening', '2024年，某局坚持依法行政，各项工作在法治轨道上有序开展。现将2024年法治政府建设情况报告如下：');

/** A report rendered as the preview would: the opening, part 一 with one subsection holding `body`, then `more`. */
function doc(body: DraftBlock[], more: DraftBlock[] = [], title = '某局2024年法治政府建设情况报告'): ReportDocument {
  const blocks = [OPENING, h1('measures', '主要举措和成效'), h2('measures.pufa', '深入开展普法宣传教育'), ...body, ...more];
  return renderDocument(title, blocks, { unit: '某局', date: '2025年1月20日' });
}

const keys = (found: LintFinding[]) => found.map((f) => [f.code, f.key]);

function builtin(key: string): ReportTemplateBody {
  const found = BUILTIN_TEMPLATES.find((t) => t.key === key);
  if (!found) throw new Error(key);
  return found.body;
}

function fixtureInput(f: ReportFixture, template?: ReportTemplateBody, choices: Partial<ReportChoices> = f.choices ?? {}) {
  const body = template ?? (f.template.copy ? reportTemplateBody.parse(f.template.copy.body) : builtin(f.template.key));
  return {
    year: f.year,
    today: '2025-01-20',
    unit: f.unit,
    template: body,
    categories: FIXTURE_CATEGORIES,
    entries: fixtureActivities(f),
    lastYearTotals: [],
    narrative: { ...EMPTY_NARRATIVE, ...f.narrative },
    choices: { styles: {}, keepEmpty: {}, excluded: [], ...choices },
  } satisfies AssemblyInput;
}

function fixtureDoc(f: ReportFixture, template?: ReportTemplateBody, choices?: Partial<ReportChoices>) {
  const assembled = assembleReport(fixtureInput(f, template, choices));
  return renderDocument(assembled.title, assembled.blocks, assembled.signature);
}

describe('the published example reports', () => {
  it.each([
    ['report-000', REPORT_000],
    ['report-001', REPORT_001],
    ['report-004', REPORT_004],
  ])('%s has no seam', (_name, f) => {
    expect(lintReport(fixtureDoc(f))).toEqual([]);
  });

  it('in the other shapes and styles too: report-004 three-part, report-001 with numbered plans', () => {
    expect(lintReport(fixtureDoc(REPORT_004, builtin('three-part')))).toEqual([]);
    expect(lintReport(fixtureDoc(REPORT_001, undefined, { styles: { plans: 'numbered' } }))).toEqual([]);
  });
});

describe('lint-numbering', () => {
  it('finds a number typed after the rendered one, in an item or a heading', () => {
    const items = doc([p('measures.pufa#a', '（一）加大统筹协调力度。建立联席会议制度。', 2), p('measures.pufa#b', '1.健全制度。修订完善制度3项。', 2)]);
    const found = lintNumbering(items);
    expect(keys(found)).toEqual([
      ['lint-numbering', 'measures.pufa#a'],
      ['lint-numbering', 'measures.pufa#b'],
    ]);
    expect(found[0]!.message).toBe('“（一）（一）加大统筹协调力度。建立联席会…”编号重复，请删去多余的编号');
    expect(found[0]!.severity).toBe('must');
    expect(keys(lintNumbering(doc([p('measures.pufa#a', '1.健全制度。', 3), p('measures.pufa#b', '(1)完善机制。', 3)])))).toEqual([
      ['lint-numbering', 'measures.pufa#a'],
      ['lint-numbering', 'measures.pufa#b'],
    ]);
    expect(keys(lintNumbering(doc([p('measures.pufa.items', '普法。')], [h2('measures.rules', '一、健全依法行政制度体系')])))).toEqual([['lint-numbering', 'measures.rules']]);
    expect(keys(lintNumbering(doc([p('measures.pufa#a', '一是开展宣传。', 2), p('measures.pufa#b', '①开展宣传。', 2)])))).toHaveLength(2);
  });

  it('finds two marks at the start of a paragraph without a number of its own', () => {
    expect(keys(lintNumbering(doc([p('measures.pufa.items', '一、一、开展宪法宣传。')])))).toEqual([['lint-numbering', 'measures.pufa.items']]);
  });

  it('leaves a single number alone, and figures that follow one', () => {
    const fine = doc([
      p('measures.pufa.items', '（一）加强组织领导，开展宪法宣传。'),
      p('measures.pufa#a', '2.5万元专项经费用于普法。', 3),
      p('measures.pufa#b', '2024年开展宣传3次。', 3),
      p('measures.pufa#c', '一体化推进普法。', 3),
    ]);
    expect(lintNumbering(fine)).toEqual([]);
  });
});

describe('lint-leadout', () => {
  it('finds a lead-out twice in one paragraph, or in the two paragraphs of the opening', () => {
    const twice = renderDocument('某局2024年法治政府建设情况报告', [p('opening', '现将有关情况报告如下：2024年，某局坚持依法行政。现将2024年法治政府建设情况报告如下：'), h1('measures', '主要举措和成效'), p('measures.text', '开展宣传。')], { unit: '某局', date: '2025年1月20日' });
    const found = lintLeadout(twice);
    expect(keys(found)).toEqual([['lint-leadout', 'opening']]);
    expect(found[0]!.message).toBe('“现将2024年法治政府建设情况报告如下：”与前面的“报告如下”重复，引出下文的话只保留一处');
    const split = renderDocument('题', [p('preface', '现将有关工作汇报如下：'), p('opening', '现将2024年法治政府建设情况报告如下：'), h1('measures', '主要举措和成效'), p('m', '开展宣传。')], { unit: '某局', date: '2025年1月20日' });
    expect(keys(lintLeadout(split))).toEqual([['lint-leadout', 'opening']]);
  });

  it('leaves one lead-out per paragraph after the opening alone', () => {
    expect(lintLeadout(doc([p('measures.pufa.items', '具体情况如下：开展宣传3次。')], [p('measures.pufa.more', '另有情况如下：发放资料500份。')]))).toEqual([]);
  });
});

describe('lint-repeated', () => {
  it('finds a sentence said a second time, on the block of the second', () => {
    const found = lintRepeated(doc([p('measures.pufa#a', '组织开展国家宪法日主题宣传活动。发放资料500份。', 3), p('measures.pufa#b', '开展民法典宣传。组织开展国家宪法日主题宣传活动。', 3)]));
    expect(keys(found)).toEqual([['lint-repeated', 'measures.pufa#b']]);
    expect(found[0]!.message).toBe('“组织开展国家宪法日主题宣传活动”一句与前文重复，请删去或改写');
    // Two entries with one summary, joined as 一是……；二是…….
    expect(keys(lintRepeated(doc([p('measures.pufa.items', '一是组织开展国家宪法日主题宣传；二是组织开展国家宪法日主题宣传。')])))).toEqual([['lint-repeated', 'measures.pufa.items']]);
  });

  it('leaves a sentence said once, short sentences, and a heading echoed by its first item', () => {
    expect(lintRepeated(doc([p('measures.pufa.items', '组织开展国家宪法日主题宣传活动。取得良好效果。')], [p('measures.more', '取得良好效果。开展民法典宣传月活动。')]))).toEqual([]);
    expect(lintRepeated(doc([p('measures.pufa.items', '一是深入开展普法宣传教育。开展宣传3次。')]))).toEqual([]);
  });
});

describe('lint-empty-marks', () => {
  it('finds 《》, （）, “”, 〔〕 and () with nothing inside, spaces or not', () => {
    const found = lintEmptyMarks(doc([p('measures.pufa.items', '印发《》，开展“ ”活动（）。'), p('measures.pufa.more', '文号〔〕，备注( )。')]));
    expect(found.map((f) => [f.key, f.excerpt])).toEqual([
      ['measures.pufa.items', '《》'],
      ['measures.pufa.items', '“ ”'],
      ['measures.pufa.items', '（）'],
      ['measures.pufa.more', '〔〕'],
      ['measures.pufa.more', '( )'],
    ]);
    expect(found[0]!.message).toBe('“印发《》，开展“ ”…”中的“《》”里没有内容，请补上或删去');
  });

  it('leaves pairs with something inside alone', () => {
    expect(lintEmptyMarks(doc([p('measures.pufa.items', '印发《某局普法责任清单》（某司发〔2023〕1号），开展“宪法宣传周”活动。')]))).toEqual([]);
  });
});

describe('lint-placeholder', () => {
  it('finds braces, XX and ××, ○○, a 〔field〕 and the reminders assembly writes, as must', () => {
    const found = lintPlaceholder(
      doc(
        [p('measures.pufa.items', '{单位}开展宣传XX次，发放资料××份，走访○○社区，202X年完成。'), p('measures.pufa.more', '在〔上级〕的领导下，完成〔指标:发放资料〕。')],
        [h1('problems', '存在的不足'), { kind: 'paragraph', key: 'problems.empty', origin: 'template', sources: [], text: '（请在年度材料中填写存在的不足和原因。）' }],
        '〔单位〕2024年法治政府建设情况报告',
      ),
    );
    expect(found.map((f) => [f.key, f.excerpt])).toEqual([
      ['title', '〔单位〕'],
      ['measures.pufa.items', '{单位}'],
      ['measures.pufa.items', 'XX'],
      ['measures.pufa.items', '××'],
      ['measures.pufa.items', '○○'],
      ['measures.pufa.items', 'X'],
      ['measures.pufa.more', '〔上级〕'],
      ['measures.pufa.more', '〔指标:发放资料〕'],
      ['problems.empty', '（请在年度材料中填写存在的不足和原因。）'],
    ]);
    expect(found.every((f) => f.severity === 'must' && f.code === 'lint-placeholder')).toBe(true);
    expect(found[0]!.message).toBe('标题中还留着占位“〔单位〕”，请填上实际内容');
    expect(found.at(-1)!.message).toBe('还留着提示文字“（请在年度材料中填写存在的不足和原因。）”，请补写内容或删去');
  });

  it('reads the signature too', () => {
    const d = doc([p('measures.pufa.items', '开展宣传。')]);
    expect(keys(lintPlaceholder({ ...d, signature: { unit: '〔单位〕', date: '2025年1月20日' } }))).toEqual([['lint-placeholder', 'signature']]);
  });

  it('leaves a 文号, a Chinese date, Latin words and ordinary brackets alone', () => {
    const fine = doc([p('measures.pufa.items', '印发《某局普法责任清单》（某司发〔2023〕1号），二〇〇〇年以来，推进XBRL系统和Xbox、OXXO项目（试点）。')]);
    expect(lintPlaceholder(fine)).toEqual([]);
  });

  it('drops assembly’s own untouched reminders on request, not an edited one that still holds it', () => {
    const reminder = (origin: 'template' | 'edited'): DraftBlock => ({ kind: 'paragraph', key: 'problems.empty', origin, sources: [], text: '（请在年度材料中填写存在的不足和原因。）' });
    const asGenerated = doc([p('measures.pufa.items', '开展宣传。')], [h1('problems', '存在的不足'), reminder('template')]);
    expect(beyondAssemblyReminders(asGenerated, lintReport(asGenerated))).toEqual([]);
    const edited = doc([p('measures.pufa.items', '开展宣传。')], [h1('problems', '存在的不足'), reminder('edited')]);
    expect(keys(beyondAssemblyReminders(edited, lintReport(edited)))).toEqual([['lint-placeholder', 'problems.empty']]);
  });
});

describe('lint-halfwidth', () => {
  it('finds , ; : ? ! ( ) next to Chinese text, as should', () => {
    const found = lintHalfwidth(doc([p('measures.pufa.items', '加强学习,研究部署;开展宣传:发放资料(500份)。')]));
    expect(found.map((f) => f.excerpt)).toEqual(['加强学习,研究部署', '研究部署;开展宣传', '开展宣传:发放资料', '发放资料(500份', '500份)。']);
    expect(found[0]).toMatchObject({ code: 'lint-halfwidth', key: 'measures.pufa.items', severity: 'should', message: '“加强学习,研究部署…”中的“,”是半角标点，请改为“，”' });
  });

  it('leaves figures, times and 文号 alone', () => {
    const fine = doc([p('measures.pufa.items', '资金2.5万元，通过率96.67%，共1,000人，10:30开始，见http://example.org，依据某司发〔2023〕1号。')]);
    expect(lintHalfwidth(fine)).toEqual([]);
  });
});

describe('lint-empty-heading', () => {
  it('finds a heading followed by one of the same or a higher level, or ending the report', () => {
    const d = doc([], [h2('measures.rules', '健全依法行政制度体系'), p('measures.rules.items', '修订制度3项。'), h1('problems', '存在的不足'), h1('plans', '下一步安排')]);
    const found = lintEmptyHeading(d);
    expect(keys(found)).toEqual([
      ['lint-empty-heading', 'measures.pufa'],
      ['lint-empty-heading', 'problems'],
      ['lint-empty-heading', 'plans'],
    ]);
    expect(found[0]!.message).toBe('标题“（一）深入开展普法宣传教育”下没有内容，请补写或删去这一标题');
    expect(keys(lintEmptyHeading(doc([p('measures.pufa.items', '')], [h2('measures.rules', '健全制度'), p('measures.rules.items', '修订制度。')])))).toEqual([['lint-empty-heading', 'measures.pufa']]);
  });

  it('leaves a part whose text is under its subsections alone', () => {
    expect(lintEmptyHeading(doc([p('measures.pufa.items', '开展宣传。')]))).toEqual([]);
  });
});

describe('in the preview', () => {
  const base: AssembledReport = {
    title: '某局2024年法治政府建设情况报告',
    blocks: [OPENING, h1('measures', '主要举措和成效'), h2('measures.pufa', '深入开展普法宣传教育'), p('measures.pufa.items', '开展宪法宣传XX次。')],
    signature: { unit: '某局', date: '2025年1月20日' },
    warnings: [],
    subsections: [],
  };
  const view = (assembled: AssembledReport, edits = {}) =>
    buildReportView({ year: 2024, templateId: 1, assembled, edits, changes: [], choices: { styles: {}, keepEmpty: {}, excluded: [] }, assembledAt: '2025-01-20T00:00:00.000Z' });

  it('adds the findings to the warnings, keyed by block, on the text with the edits', () => {
    expect(view(base).warnings).toEqual([{ code: 'lint-placeholder', key: 'measures.pufa.items', message: '还留着占位“XX”，请填上实际内容' }]);
    expect(view(base, { 'measures.pufa.items': { text: '开展宪法宣传3次。', baseText: '开展宪法宣传XX次。' } }).warnings).toEqual([]);
  });

  it('does not repeat a 〔field〕 that assembly already warned about on the same block', () => {
    const fieldMissing = { code: 'field-missing' as const, key: 'opening', message: '“上级”没有填写，报告中留了〔上级〕，请在单位信息或年度材料中补上' };
    const missing: AssembledReport = { ...base, blocks: [p('opening', '在〔上级〕的领导下，某局依法行政。'), ...base.blocks.slice(1, 3), p('measures.pufa.items', '开展宣传。')], warnings: [fieldMissing] };
    expect(view(missing).warnings).toEqual([fieldMissing]);
  });
});

describe('in 年报体检', () => {
  function readiness(change: (input: AssemblyInput) => AssemblyInput, edits = {}) {
    const assembly = change(fixtureInput(REPORT_004));
    return checkReportLint({ assembly, assembled: assembleReport(assembly), evidenceGaps: [], edits });
  }

  it('finds nothing in the published report', () => {
    expect(readiness((i) => i)).toEqual([]);
  });

  it('puts each finding under its part and links to where the text is written', () => {
    const found = readiness((i) => ({
      ...i,
      narrative: { ...i.narrative, preface: '现将有关情况报告如下：我局坚持依法行政', problems: ['普法形式较单一，XX方面有待加强。', '队伍建设不足。'] },
    }));
    expect(found.map((f) => [f.severity, f.group, f.link])).toEqual([
      ['must', 'problems', { to: 'narrative', year: 2023, field: 'problems' }],
      ['should', 'measures', { to: 'narrative', year: 2023, field: 'preface' }],
    ]);
    expect(found.map((f) => f.code)).toEqual(['report-lint', 'report-lint']);
  });

  it('names a fact not filled in once, however many places it is left in', () => {
    const found = readiness((i) => ({ ...i, unit: { ...i.unit, name: '' }, narrative: { ...i.narrative, signature: '' } }));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'must', group: 'measures', text: expect.stringMatching(/^标题中还留着占位“〔单位〕”，请填上实际内容（报告中共\d+处）$/) });
  });

  it('reads the report with the user’s edits', () => {
    const edited = { 'other.text': { text: '无。无。（）', baseText: '无。' } };
    expect(readiness((i) => i, edited).map((f) => [f.group, f.text])).toEqual([['other', '“无。无。（）”中的“（）”里没有内容，请补上或删去']]);
  });
});
