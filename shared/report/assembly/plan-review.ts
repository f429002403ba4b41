import type { PlanStatus } from '../../domain/plan-item';
import type { AssemblyContext } from './assembly-context';
import type { DraftParagraph } from './draft-blocks';

// The opening sentence of part 四 when the year has a checklist from last year's plan: how many of
// last year's items were carried out, traceable to the entries linked to them.

export interface PlanReviewItem {
  status: PlanStatus;
  /** The entries linked to the item (live ones). */
  entryIds: readonly string[];
}

export function planReviewBlock(ctx: AssemblyContext, partId: string): DraftParagraph | undefined {
  const items = ctx.input.planItems ?? [];
  if (!items.length) return undefined;
  const excluded = new Set(ctx.input.choices.excluded);
  const done = items.filter((i) => i.status === 'done');
  const going = items.filter((i) => i.status === 'open' && i.entryIds.length > 0);
  const notDone = items.filter((i) => i.status === 'not-done');
  const unmarked = items.length - done.length - going.length - notDone.length;
  if (unmarked > 0) {
    ctx.warn({ code: 'narrative-missing', key: `${partId}.review`, message: `上年度工作安排中有${unmarked}项还没有标记落实情况，请在“年报体检”的上年度计划落实中标记` });
  }
  const clauses = [`已落实${done.length}项`, going.length ? `正在推进${going.length}项` : '', notDone.length ? `未开展${notDone.length}项` : ''].filter(Boolean);
  const sources = [...new Set([...done, ...going].flatMap((i) => i.entryIds))].filter((id) => !excluded.has(id));
  return {
    kind: 'paragraph',
    key: `${partId}.review`,
    origin: 'log',
    sources,
    text: `对照${ctx.input.year - 1}年度工作安排，${items.length}项工作中${clauses.join('，')}。`,
  };
}
