import type { TemplatePart } from '../../../../shared/domain/report-template';
import { BUILTIN_TEMPLATES } from '../../../../shared/report/templates/builtin-templates';

// Adding a top-level part. Block keys (and so the user's edits) hang on ids: a new part takes its
// kind as id when free, so a part removed and added back finds the user's edits again. Parts that
// draw on one thing of the year (the leader's entries, the problems, the plans, the other matters)
// can be there once; a report may have more than one part of measures.

export type PartKind = TemplatePart['kind'];

export const PART_KIND_NAME: Record<PartKind, string> = {
  measures: '主要举措和成效',
  leader: '主要负责人履职',
  problems: '存在的不足',
  plans: '下一年度安排',
  other: '其他情况',
};

/** The five-part built-in: a new part starts with its heading and wording for that kind. */
function builtinPart<K extends PartKind>(kind: K): Extract<TemplatePart, { kind: K }> {
  const five = BUILTIN_TEMPLATES.find((t) => t.key === 'five-part')!;
  return five.body.parts.find((p): p is Extract<TemplatePart, { kind: K }> => p.kind === kind)!;
}

/** Why a part of this kind cannot be added, or undefined when it can. */
export function whyNotAdd(kind: PartKind, parts: readonly TemplatePart[]): string | undefined {
  if (kind === 'measures') return undefined;
  if (kind === 'leader') {
    const leaderSub = parts.some((p) => p?.kind === 'measures' && p.subsections?.some((s) => s?.kind === 'leader'));
    if (parts.some((p) => p?.kind === 'leader') || leaderSub) return '主要负责人的台账已有归入之处';
  }
  return parts.some((p) => p?.kind === kind) ? '模板中已有这一部分' : undefined;
}

function freshId(kind: PartKind, parts: readonly TemplatePart[]): string {
  const taken = new Set(parts.map((p) => p?.id));
  if (!taken.has(kind)) return kind;
  let n = 2;
  while (taken.has(`${kind}-${n}`)) n += 1;
  return `${kind}-${n}`;
}

export function newPart(kind: PartKind, parts: readonly TemplatePart[]): TemplatePart {
  const id = freshId(kind, parts);
  switch (kind) {
    case 'measures':
      return { kind, id, heading: builtinPart(kind).heading, lead: '', subsections: [] };
    case 'leader': {
      // Its wording, not its categories: those may already be mapped elsewhere in this template.
      const { heading, roles, defaultDuties } = builtinPart(kind);
      return { kind, id, heading, categories: [], tags: [], roles: [...roles], defaultDuties };
    }
    case 'problems':
    case 'plans': {
      const { heading, opener } = builtinPart(kind);
      return { kind, id, heading, opener };
    }
    case 'other':
      return { kind, id, heading: builtinPart(kind).heading };
  }
}
