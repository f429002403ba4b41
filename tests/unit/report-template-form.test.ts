import { describe, expect, it } from 'vitest';
import type { Category } from '../../shared/domain/category';
import type { ReportTemplateBody } from '../../shared/domain/report-template';
import { BUILTIN_TEMPLATES } from '../../shared/report/templates/builtin-templates';
import { mappedElsewhere, unmappedCategories } from '../../renderer/pages/report/templates/category-mapping';
import { newPart, whyNotAdd } from '../../renderer/pages/report/templates/new-part';
import { duplicateNames, referenceRows, referencesOf } from '../../renderer/pages/report/templates/reference-rows';
import { cleanBody, templateProblems } from '../../renderer/pages/report/templates/template-issues';
import { reportTemplateBody } from '../../shared/report/template-schema';

// The template editor's pure helpers: where a problem goes in the form, and which categories are taken.

const five = (): ReportTemplateBody => structuredClone(BUILTIN_TEMPLATES[0]!.body);
const measures = (body: ReportTemplateBody) => {
  const part = body.parts[0];
  if (part?.kind !== 'measures') throw new Error('five-part starts with measures');
  return part;
};

describe('templateProblems', () => {
  it('finds nothing wrong in a built-in', () => {
    expect(templateProblems(five())).toEqual([]);
  });

  it('puts a problem under the box it belongs to, with the panel to open', () => {
    const body = five();
    measures(body).subsections[9]!.heading = '';
    const sub = measures(body).subsections[2]!;
    if (sub.kind === 'entries') sub.metricSentences = ['全年{指标}'];
    measures(body).subsections[3]!.categories = ['pufa'];
    const problems = templateProblems(body);
    expect(problems).toContainEqual({ name: ['body', 'parts', 0, 'subsections', 9, 'heading'], message: '不能为空', part: 0, subsection: 9 });
    expect(problems).toContainEqual(expect.objectContaining({ name: ['body', 'parts', 0, 'subsections', 2, 'metricSentences', 0], subsection: 2 }));
    // A category mapped twice is reported on the whole 类别 box, not on one chip.
    expect(problems.find((p) => p.name.join('.').endsWith('categories'))?.message).toContain('已归入');
  });

  it('puts a phrase rule’s problem on its row, with the section to open; 保留原动词 is one box', () => {
    const body = five();
    body.phrases.metrics[1]!.name = '';
    body.phrases.verbs.push('');
    const problems = templateProblems(body);
    expect(problems).toContainEqual({ name: ['body', 'phrases', 'metrics', 1, 'name'], message: '不能为空', phrases: 'metrics' });
    expect(problems).toContainEqual(expect.objectContaining({ name: ['body', 'phrases', 'verbs'], phrases: 'verbs' }));
    expect(problems.every((p) => p.part === undefined)).toBe(true);
  });
});

describe('cleanBody', () => {
  it('drops blank metric sentences and keeps the rest', () => {
    const body = five();
    const sub = measures(body).subsections[9]!;
    if (sub.kind !== 'entries') throw new Error('普法 is an entries subsection');
    const original = [...sub.metricSentences];
    expect(original.length).toBeGreaterThan(0);
    sub.metricSentences = ['  ', ...original, ''];
    const cleaned = measures(cleanBody(body)).subsections[9]!;
    expect(cleaned.kind === 'entries' && cleaned.metricSentences).toEqual(original);
  });
});

describe('category mapping', () => {
  const cat = (id: number, key: string | null, name: string, hidden = false): Category => ({ id, key, name, aliases: [], outlinePart: '', sortOrder: id, hidden });

  it('says where each category already is, except here', () => {
    const parts = five().parts;
    const elsewhere = mappedElsewhere(parts, { part: 0, subsection: 9 });
    expect(elsewhere.get('pufa')).toBeUndefined();
    expect(elsewhere.get('study')).toBe('深入学习贯彻习近平法治思想');
    expect(elsewhere.get('first-duty')).toBe('{年度}年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况');
  });

  it('lists visible categories no part takes', () => {
    const body = five();
    measures(body).subsections[9]!.categories = [];
    const list = [cat(1, 'pufa', '普法宣传教育'), cat(2, null, '安全生产'), cat(3, null, '旧类别', true), cat(4, 'study', '学习')];
    expect(unmappedCategories(body.parts, list).map((c) => c.name)).toEqual(['普法宣传教育', '安全生产']);
  });
});

describe('parts added in the editor', () => {
  it('offers once the parts that draw on one thing of the year, and measures any number of times', () => {
    const body = five();
    expect(whyNotAdd('measures', body.parts)).toBeUndefined();
    for (const kind of ['leader', 'problems', 'plans', 'other'] as const) expect(whyNotAdd(kind, body.parts)).toBeTruthy();
    // A leader subsection inside measures is a place for the leader's entries too.
    const three = structuredClone(BUILTIN_TEMPLATES[1]!.body);
    expect(three.parts.some((p) => p.kind === 'leader')).toBe(false);
    expect(whyNotAdd('leader', three.parts)).toBe('主要负责人的台账已有归入之处');
  });

  it('makes parts the schema accepts, with ids of their own; a removed kind comes back under its old id', () => {
    const body = five();
    body.parts = body.parts.filter((p) => p.kind !== 'other' && p.kind !== 'leader');
    for (const kind of ['measures', 'other', 'leader', 'measures'] as const) body.parts.push(newPart(kind, body.parts));
    expect(body.parts.map((p) => p.id)).toEqual(['measures', 'problems', 'plans', 'measures-2', 'other', 'leader', 'measures-3']);
    expect(reportTemplateBody.safeParse(body).success).toBe(true);
  });
});

describe('policy reference rows', () => {
  it('round-trips the record, drops blank rows and finds names used twice', () => {
    const refs = five().references;
    expect(referencesOf(referenceRows(refs))).toEqual(refs);
    expect(referencesOf([{ name: ' 纲要 ', text: '新纲要' }, { name: '', text: '  ' }, undefined])).toEqual({ 纲要: '新纲要' });
    expect([...duplicateNames([{ name: '纲要', text: 'a' }, { name: ' 纲要', text: 'b' }, { name: '规划', text: 'c' }])]).toEqual(['纲要']);
  });

  it('puts a reference’s problem on its row: the name for a bad name, the wording for bad wording', () => {
    const body = { ...five(), references: { 年度: '系统占位符作名称', 纲要: '' } };
    const rows = referenceRows(body.references);
    const problems = templateProblems(body, rows);
    expect(problems).toContainEqual(expect.objectContaining({ name: ['referenceRows', 0, 'name'] }));
    expect(problems).toContainEqual(expect.objectContaining({ name: ['referenceRows', 1, 'text'] }));
  });
});
