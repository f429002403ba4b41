import { describe, expect, it } from 'vitest';
import type { Category } from '../../shared/domain/category';
import type { ReportTemplateBody } from '../../shared/domain/report-template';
import { BUILTIN_TEMPLATES } from '../../shared/report/templates/builtin-templates';
import { mappedElsewhere, unmappedCategories } from '../../renderer/pages/report/templates/category-mapping';
import { cleanBody, templateProblems } from '../../renderer/pages/report/templates/template-issues';

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
