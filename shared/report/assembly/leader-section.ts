import type { ReportEntry } from './assembly-input';
import { entryAction } from '../compose/entry-composer';
import type { LeaderDeed } from '../compose/leader-summary';
import { leaderSummary } from '../compose/leader-summary';
import { ensureSentenceEnd } from '../text/punctuation';
import type { AssemblyContext } from './assembly-context';
import type { DraftBlock, DraftParagraph } from './draft-blocks';
import type { Enumerated } from './enumerate-items';
import { enumerateItems } from './enumerate-items';
import { entrySentence } from './entry-sentence';

// Part 三 (or, in the three-part and outline shapes, the folded subsection of part 一): the year's
// editable duties paragraph; the tally of what the principal leader did ("全年，局长主持召开……4次，
// 带头述法1次……"), whose entries keep their own sentences in their own subsections of part 一; then,
// one item each, the entries whose sentences belong here — those of the section's own categories or
// tags, and the leader's entries that no subsection takes.

export interface LeaderSource {
  key: string;
  defaultDuties: string;
}

function tallyParagraph(ctx: AssemblyContext, key: string, withLeader: readonly ReportEntry[]): DraftParagraph | undefined {
  const actionOf = entryAction(ctx.input);
  const events = withLeader.filter((e) => e.period === '' && e.leaderRole !== '');
  const deeds = events.map((e): LeaderDeed => ({ role: e.leaderRole as LeaderDeed['role'], action: actionOf(e) }));
  const { leaderTitle, leaderName } = ctx.input.unit;
  const text = leaderSummary(`${leaderTitle}${leaderName}`, deeds);
  if (!text) return undefined;
  return { kind: 'paragraph', key: `${key}.tally`, origin: 'log', sources: events.map((e) => e.id), text: ctx.clean(text, `${key}.tally`, '主要负责人履职情况') };
}

/** `entries` give the items; `withLeader` (every entry the leader took part in) the tally. */
export function leaderSection(
  ctx: AssemblyContext,
  section: LeaderSource,
  entries: readonly ReportEntry[],
  withLeader: readonly ReportEntry[],
  level: 2 | 3,
): { blocks: DraftBlock[]; items: number; empty: boolean; enumerated: Enumerated } {
  const { key } = section;
  const blocks: DraftBlock[] = [];
  const written = ctx.input.narrative.dutiesParagraph;
  const tally = tallyParagraph(ctx, key, withLeader);
  // A part (level 2 items) is always shown; a subsection with nothing logged only when kept.
  const shown = entries.length > 0 || tally !== undefined || level === 2 || ctx.input.choices.keepEmpty[key] === true;
  if (written) {
    blocks.push({ kind: 'paragraph', key: `${key}.duties`, origin: 'narrative', sources: [], text: ensureSentenceEnd(ctx.clean(written, `${key}.duties`, '第一责任人职责段')) });
  } else if (section.defaultDuties) {
    blocks.push({ kind: 'paragraph', key: `${key}.duties`, origin: 'template', sources: [], text: ensureSentenceEnd(ctx.fill(section.defaultDuties, `${key}.duties`).text) });
    if (shown) ctx.warn({ code: 'narrative-missing', key: `${key}.duties`, message: '第一责任人职责段还没有填写，暂用了模板中的通用表述，请按本单位实际修改' });
  }
  if (tally) blocks.push(tally);
  const items = entries.map((e) => ({ id: e.id, ...entrySentence(ctx, e, key), sources: [e.id] }));
  const enumerated = enumerateItems(ctx, key, items, level, 'log');
  blocks.push(...enumerated.blocks);
  const told = new Set([...entries, ...withLeader].map((e) => e.id)).size;
  return { blocks, items: told, empty: told === 0 && !written, enumerated };
}
