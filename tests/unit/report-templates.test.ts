import { describe, expect, it } from 'vitest';
import { EMPTY_NARRATIVE } from '../../shared/domain/report-narrative';
import type { ReportTemplateBodyInput } from '../../shared/domain/report-template';
import { AppError } from '../../shared/errors';
import { assembleReport } from '../../shared/report/assembly/assemble-report';
import { describeTemplatePath, parseTemplateBody, parseTemplateFile, templateFileText } from '../../shared/report/template-schema';
import { BUILTIN_TEMPLATES } from '../../shared/report/templates/builtin-templates';
import { FIVE_PART } from '../../shared/report/templates/five-part';
import { FIXTURE_CATEGORIES } from '../fixtures/reports/fixture-activities';

function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return (err as AppError).message;
  }
  throw new Error('expected a refusal');
}

const clone = (): ReportTemplateBodyInput => structuredClone(FIVE_PART);

function assembleWith(body = BUILTIN_TEMPLATES[0]!.body) {
  return assembleReport({
    year: 2024,
    today: '2025-01-20',
    unit: { name: '某区司法局', leaderName: '', leaderTitle: '' },
    template: body,
    categories: FIXTURE_CATEGORIES,
    entries: [],
    lastYearTotals: [],
    narrative: EMPTY_NARRATIVE,
    choices: { styles: {}, keepEmpty: {}, excluded: [] },
  });
}

describe('built-in templates', () => {
  it('are valid data, with versions, and map every default category once', () => {
    expect(BUILTIN_TEMPLATES.map((t) => t.key)).toEqual(['five-part', 'three-part', 'outline']);
    for (const t of BUILTIN_TEMPLATES) {
      expect(t.version).toBeGreaterThanOrEqual(1);
      expect(t.body.schemaVersion).toBe(1);
      const mapped = t.body.parts.flatMap((p) => (p.kind === 'measures' ? p.subsections.flatMap((s) => s.categories) : p.kind === 'leader' ? p.categories : []));
      expect([...mapped].sort()).toEqual(FIXTURE_CATEGORIES.map((c) => c.key).sort());
    }
  });

  it('five-part: the five statutory parts with the years filled in', () => {
    const report = assembleWith();
    expect(report.blocks.filter((b) => b.kind === 'heading1').map((b) => b.text)).toEqual([
      '2024年度推进法治政府建设的主要举措和成效',
      '2024年度推进法治政府建设存在的不足和原因',
      '2024年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况',
      '2025年度推进法治政府建设的主要安排',
      '其他需要报告的情况',
    ]);
    expect(report.title).toBe('某区司法局2024年法治政府建设情况报告');
  });

  it('outline: part 一 follows the 纲要 chapters, each heading ending in 情况', () => {
    const outline = BUILTIN_TEMPLATES.find((t) => t.key === 'outline')!.body;
    const measures = outline.parts[0];
    expect(measures?.kind === 'measures' && measures.subsections.map((s) => s.heading)).toEqual([
      '深入学习贯彻习近平法治思想情况',
      '党政主要负责人履行推进法治建设第一责任人职责情况',
      '健全政府机构职能体系情况',
      '健全依法行政制度体系情况',
      '健全行政决策制度体系情况',
      '健全行政执法工作体系情况',
      '健全突发事件应对体系情况',
      '健全社会矛盾纠纷行政预防调处化解体系情况',
      '健全行政权力制约和监督体系情况',
      '健全法治政府建设科技保障体系情况',
      '落实“谁执法谁普法”普法责任制情况',
      '加强党的领导，完善法治政府建设推进机制情况',
      '其他工作情况',
    ]);
    expect(outline.parts.map((p) => p.heading)).toEqual(['{年度}年推进法治政府建设的主要举措和成效', '存在的问题', '下一步工作打算']);
  });

  it('a successor 纲要 is a data change: the references change the opening, no code does', () => {
    const body = clone();
    body.references = { 党代会精神: '党的二十届三中全会精神', 纲要: '《法治政府建设实施纲要（2026—2030年）》' };
    const opening = assembleWith(parseTemplateBody(body)).blocks[0]!.text;
    expect(opening).toContain('深入学习贯彻党的二十届三中全会精神、习近平法治思想，认真落实《法治政府建设实施纲要（2026—2030年）》');
  });

  it('the formal title is a template field', () => {
    const body = clone();
    body.title = { ...body.title, useFormal: true };
    expect(assembleWith(parseTemplateBody(body)).title).toBe('某区司法局关于2024年度法治政府建设情况的报告');
  });
});

describe('template validation names the wrong part in Chinese', () => {
  it('an empty subsection heading', () => {
    const body = clone();
    const measures = body.parts[0] as { subsections: { heading: string }[] };
    measures.subsections[2]!.heading = '';
    expect(refusal(() => parseTemplateBody(body))).toBe('第1部分（{年度}年度推进法治政府建设的主要举措和成效）的第3小节的标题：不能为空');
  });

  it('an unknown placeholder, a category mapped twice, two leader sections, duplicate ids', () => {
    const body = clone();
    body.opening = '{年度}年，{单位名}……';
    const measures = body.parts[0] as { subsections: { id: string; categories?: string[]; kind: string; heading: string }[] };
    measures.subsections[1]!.categories = ['study'];
    measures.subsections.push({ kind: 'leader', id: 'study', heading: '第一责任人' });
    const message = refusal(() => parseTemplateBody(body));
    expect(message).toContain('开头段：不认识的占位符{单位名}');
    expect(message).toContain('第1部分（{年度}年度推进法治政府建设的主要举措和成效）的第2小节（依法全面履行政府职能）的类别第1项：类别“study”已归入第1部分第1小节');
    expect(message).toContain('主要负责人的台账只能归入一处');
    expect(message).toContain('编号“measures.study”与第1部分第1小节重复');
  });

  it('a metric placeholder outside a subsection, an unknown kind, an unknown field, a newer format', () => {
    const withMetric = clone();
    withMetric.opening = '全年开展{指标:开展活动}';
    expect(refusal(() => parseTemplateBody(withMetric))).toContain('开头段：这里不能使用指标或比率占位符');
    const badKind = clone();
    (badKind.parts[1] as { kind: string }).kind = 'chapter';
    expect(refusal(() => parseTemplateBody(badKind))).toContain('第2部分');
    expect(refusal(() => parseTemplateBody({ ...clone(), colour: 'red' }))).toContain('含有不认识的字段：colour');
    expect(refusal(() => parseTemplateBody({ ...clone(), schemaVersion: 2 }))).toContain('模板格式版本 2');
  });

  it('describes paths the way a person reads them', () => {
    expect(describeTemplatePath(['parts', 3, 'opener'], clone())).toBe('第4部分（{下年度}年度推进法治政府建设的主要安排）的开头语');
    expect(describeTemplatePath(['references', '纲要'], clone())).toBe('政策表述的“纲要”');
    expect(describeTemplatePath([], clone())).toBe('模板内容');
  });
});

describe('template files', () => {
  it('round-trips through export and import', () => {
    const t = BUILTIN_TEMPLATES[1]!;
    const text = templateFileText({ name: t.name, version: t.version, body: t.body });
    expect(parseTemplateFile(text)).toEqual({ name: t.name, version: t.version, body: t.body });
  });

  it('refuses text that is not JSON, not a template, or a template with a wrong part', () => {
    expect(refusal(() => parseTemplateFile('{'))).toContain('不是有效的JSON');
    expect(refusal(() => parseTemplateFile('[]'))).toContain('应是一个对象');
    expect(refusal(() => parseTemplateFile('{"name":"x"}'))).toContain('不是法治台账导出的报告模板');
    const body = clone();
    (body.parts[0] as { heading: string }).heading = '';
    expect(refusal(() => parseTemplateFile(JSON.stringify({ format: 'fazhi-report-template', name: '坏模板', ...body })))).toContain('第1部分的标题：不能为空');
  });
});
