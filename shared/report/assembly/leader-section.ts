import type { ReportEntry } from './assembly-input';
import { ensureSentenceEnd } from '../text/punctuation';
import type { AssemblyContext } from './assembly-context';
import type { DraftBlock } from './draft-blocks';
import type { Enumerated } from './enumerate-items';
import { enumerateItems } from './enumerate-items';
import { entrySentence } from './entry-sentence';

// Part 三 (or, in the three-part and outline shapes, the folded subsection of part 一): the year's
// editable duties paragraph, then what the principal leader did — the entries where they took part,
// presided or gave the 述法 — one item each, as any other enumeration.

export interface LeaderSource {
  key: string;
  defaultDuties: string;
}

export function leaderSection(ctx: AssemblyContext, section: LeaderSource, entries: readonly ReportEntry[], level: 2 | 3): { blocks: DraftBlock[]; items: number; empty: boolean; enumerated: Enumerated } {
  const { key } = section;
  const blocks: DraftBlock[] = [];
  const written = ctx.input.narrative.dutiesParagraph;
  // A part (level 2 items) is always shown; a subsection with nothing logged only when kept.
  const shown = entries.length > 0 || level === 2 || ctx.input.choices.keepEmpty[key] === true;
  if (written) {
    blocks.push({ kind: 'paragraph', key: `${key}.duties`, origin: 'narrative', sources: [], text: ensureSentenceEnd(ctx.clean(written, `${key}.duties`, '第一责任人职责段')) });
  } else if (section.defaultDuties) {
    blocks.push({ kind: 'paragraph', key: `${key}.duties`, origin: 'template', sources: [], text: ensureSentenceEnd(ctx.fill(section.defaultDuties, `${key}.duties`).text) });
    if (shown) ctx.warn({ code: 'narrative-missing', key: `${key}.duties`, message: '第一责任人职责段还没有填写，暂用了模板中的通用表述，请按本单位实际修改' });
  }
  const items = entries.map((e) => ({ id: e.id, ...entrySentence(ctx, e, key), sources: [e.id] }));
  const enumerated = enumerateItems(ctx, key, items, level, 'log');
  blocks.push(...enumerated.blocks);
  return { blocks, items: items.length, empty: items.length === 0 && !written, enumerated };
}
