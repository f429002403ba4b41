import type { ReportTemplateBody, TemplatePart } from '../../domain/report-template';

// Where in the template a check's finding belongs.

export function partsOfKind<K extends TemplatePart['kind']>(template: ReportTemplateBody, kind: K): Extract<TemplatePart, { kind: K }>[] {
  return template.parts.filter((p): p is Extract<TemplatePart, { kind: K }> => p.kind === kind);
}

/** The part holding a block key ("measures.pufa" → "measures"). */
export function partOfKey(key: string): string {
  return key.split(/[.#]/)[0] ?? key;
}

/** The first part of 主要举措和成效, where entry-level findings go when nothing more precise is known. */
export function measuresPartId(template: ReportTemplateBody): string {
  return partsOfKind(template, 'measures')[0]?.id ?? template.parts[0]?.id ?? 'measures';
}

/** Where the principal leader's entries go: part 三, or the folded subsection of part 一. */
export function leaderSection(template: ReportTemplateBody): { key: string; part: string; heading: string } | undefined {
  for (const part of template.parts) {
    if (part.kind === 'leader') return { key: part.id, part: part.id, heading: part.heading };
    if (part.kind !== 'measures') continue;
    const sub = part.subsections.find((s) => s.kind === 'leader');
    if (sub) return { key: `${part.id}.${sub.id}`, part: part.id, heading: sub.heading };
  }
  return undefined;
}
