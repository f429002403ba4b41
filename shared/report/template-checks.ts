import type { z } from 'zod';
import type { ReportTemplateBody } from '../domain/report-template';
import { FIELD_PLACEHOLDERS, parseTemplateText, placeholdersOf } from './text/placeholders';

// Checks across a template's fields that a schema of single fields cannot make: ids used once (block
// keys are built from them), one place for the leader's entries, a category mapped once, and every
// placeholder known. Each problem is reported at its path, so the message names the part.

type Path = (string | number)[];

function checkText(ctx: z.RefinementCtx, text: string, path: Path, references: readonly string[], allowMetrics: boolean): void {
  const parsed = parseTemplateText(text);
  for (const error of parsed.errors) ctx.addIssue({ code: 'custom', path, message: error });
  for (const p of placeholdersOf(parsed)) {
    if (p.kind === 'field' && !(FIELD_PLACEHOLDERS as readonly string[]).includes(p.name) && !references.includes(p.name)) {
      const known = [...FIELD_PLACEHOLDERS, ...references].join('、');
      ctx.addIssue({ code: 'custom', path, message: `不认识的占位符{${p.name}}（可用：${known}）` });
    }
    if (p.kind !== 'field' && !allowMetrics) {
      ctx.addIssue({ code: 'custom', path, message: '这里不能使用指标或比率占位符（只能用在小节的引导句和指标句中）' });
    }
  }
}

function checkReferenceNames(ctx: z.RefinementCtx, references: readonly string[]): void {
  for (const name of references) {
    if ((FIELD_PLACEHOLDERS as readonly string[]).includes(name)) {
      ctx.addIssue({ code: 'custom', path: ['references', name], message: `“${name}”是系统占位符，不能用作政策表述的名称` });
    }
  }
}

export function checkTemplateBody(body: ReportTemplateBody, ctx: z.RefinementCtx): void {
  const references = Object.keys(body.references);
  checkReferenceNames(ctx, references);
  checkText(ctx, body.title.pattern, ['title', 'pattern'], references, false);
  checkText(ctx, body.title.formal, ['title', 'formal'], references, false);
  checkText(ctx, body.opening, ['opening'], references, false);

  const ids = new Map<string, string>();
  const useId = (value: string, path: Path, where: string) => {
    const first = ids.get(value);
    if (first) ctx.addIssue({ code: 'custom', path: [...path, 'id'], message: `编号“${value}”与${first}重复` });
    else ids.set(value, where);
  };
  const mapped = new Map<string, string>();
  const useMapping = (values: readonly string[], path: Path, field: 'categories' | 'tags', where: string) => {
    values.forEach((v, i) => {
      const k = `${field}:${v}`;
      const first = mapped.get(k);
      if (first) ctx.addIssue({ code: 'custom', path: [...path, field, i], message: `${field === 'tags' ? '标签' : '类别'}“${v}”已归入${first}，同一项只能归入一处` });
      else mapped.set(k, where);
    });
  };
  let leaderAt = '';
  const useLeader = (where: string, path: Path) => {
    if (leaderAt) ctx.addIssue({ code: 'custom', path: [...path, 'kind'], message: `主要负责人的台账只能归入一处（已在${leaderAt}）` });
    else leaderAt = where;
  };

  body.parts.forEach((part, pi) => {
    const partPath: Path = ['parts', pi];
    const partWhere = `第${pi + 1}部分`;
    useId(part.id, partPath, partWhere);
    checkText(ctx, part.heading, [...partPath, 'heading'], references, false);
    if (part.kind === 'problems' || part.kind === 'plans') checkText(ctx, part.opener, [...partPath, 'opener'], references, false);
    if (part.kind === 'leader') {
      useLeader(partWhere, partPath);
      useMapping(part.categories, partPath, 'categories', partWhere);
      useMapping(part.tags, partPath, 'tags', partWhere);
      checkText(ctx, part.defaultDuties, [...partPath, 'defaultDuties'], references, false);
    }
    if (part.kind !== 'measures') return;
    checkText(ctx, part.lead, [...partPath, 'lead'], references, false);
    let fallbackAt = '';
    part.subsections.forEach((sub, si) => {
      const subPath: Path = [...partPath, 'subsections', si];
      const where = `${partWhere}第${si + 1}小节`;
      useId(`${part.id}.${sub.id}`, subPath, where);
      checkText(ctx, sub.heading, [...subPath, 'heading'], references, false);
      checkText(ctx, sub.lead, [...subPath, 'lead'], references, true);
      useMapping(sub.categories, subPath, 'categories', where);
      useMapping(sub.tags, subPath, 'tags', where);
      if (sub.kind === 'leader') {
        useLeader(where, subPath);
        checkText(ctx, sub.defaultDuties, [...subPath, 'defaultDuties'], references, false);
        return;
      }
      sub.metricSentences.forEach((s, i) => checkText(ctx, s, [...subPath, 'metricSentences', i], references, true));
      if (sub.fallback) {
        if (fallbackAt) ctx.addIssue({ code: 'custom', path: [...subPath, 'fallback'], message: `只能有一个兜底小节（已在${fallbackAt}）` });
        else fallbackAt = where;
      }
    });
  });
}
