import { LEADER_ROLES } from '../../../../shared/domain/activity';
import type { TemplatePart } from '../../../../shared/domain/report-template';

// Adding a top-level part. Block keys (and so the user's edits) hang on ids: a new part takes its
// kind as id when free, so a part removed and added back finds the user's edits again. Parts that draw on one thing of the year (the leader's entries, the problems,
// the plans, the other matters) can be there once; a report may have more than one part of measures.

export type PartKind = TemplatePart['kind'];

export const PART_KIND_NAME: Record<PartKind, string> = {
  measures: '主要举措和成效',
  leader: '主要负责人履职',
  problems: '存在的不足',
  plans: '下一年度安排',
  other: '其他情况',
};

const DEFAULT_HEADING: Record<PartKind, string> = {
  measures: '{年度}年度推进法治政府建设的主要举措和成效',
  leader: '{年度}年度党政主要负责人履行推进法治建设第一责任人职责情况',
  problems: '{年度}年度推进法治政府建设存在的不足和原因',
  plans: '{下年度}年度推进法治政府建设的主要安排',
  other: '其他需要报告的情况',
};

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
  const base = { id: freshId(kind, parts), heading: DEFAULT_HEADING[kind] };
  switch (kind) {
    case 'measures':
      return { ...base, kind, lead: '', subsections: [] };
    case 'leader':
      return { ...base, kind, categories: [], tags: [], roles: [...LEADER_ROLES], defaultDuties: '' };
    case 'problems':
    case 'plans':
      return { ...base, kind, opener: '' };
    case 'other':
      return { ...base, kind };
  }
}
