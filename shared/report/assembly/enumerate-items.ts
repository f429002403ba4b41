import type { EnumerationStyle } from '../../domain/report-draft';
import type { BlockOrigin } from '../report-document';
import { autoStyle, joinYishi } from '../text/enumeration';
import { ensureSentenceEnd } from '../text/punctuation';
import type { AssemblyContext } from './assembly-context';
import type { DraftParagraph } from './draft-blocks';
import { itemKey } from './draft-blocks';

// The items of one group (a subsection's entries, the problems, the plans) as paragraphs, in the
// style the user chose for the group or, failing that, the one the rule picks (text/enumeration.ts).
// Keys: "<group>.items" for the one yishi paragraph, "<group>#<entry id or position>" per numbered item.

export interface EnumItem {
  /** Entry id, or the position for narrative items: keeps the block key stable. */
  id: string;
  text: string;
  sources: string[];
  /** Its words are (partly) the composer's, not the user's: the preview marks them. */
  composed?: boolean;
}

export interface Enumerated {
  blocks: DraftParagraph[];
  style: EnumerationStyle;
  styleChosen: boolean;
}

export function enumerateItems(ctx: AssemblyContext, group: string, items: readonly EnumItem[], level: 2 | 3, origin: BlockOrigin): Enumerated {
  const chosen = ctx.chosenStyle(group);
  const style = chosen ?? autoStyle(items.map((i) => i.text));
  if (items.length === 0) return { blocks: [], style, styleChosen: chosen !== undefined };
  if (style === 'yishi' || items.length === 1) {
    const block: DraftParagraph = {
      kind: 'paragraph',
      key: `${group}.items`,
      origin,
      sources: [...new Set(items.flatMap((i) => i.sources))],
      text: joinYishi(items.map((i) => i.text)),
    };
    const composed = items.filter((i) => i.composed).map((i) => i.id);
    if (composed.length) block.composed = composed;
    return { blocks: [block], style, styleChosen: chosen !== undefined };
  }
  const blocks = items.map((i): DraftParagraph => {
    const block: DraftParagraph = { kind: 'paragraph', key: itemKey(group, i.id), origin, sources: [...i.sources], text: ensureSentenceEnd(i.text), item: level };
    if (i.composed) block.composed = [i.id];
    return block;
  });
  return { blocks, style, styleChosen: chosen !== undefined };
}

/** Records a section for the preview's switches; returns whether an empty one is to be kept. */
export function noteSection(ctx: AssemblyContext, key: string, heading: string, items: number, enumerated: Pick<Enumerated, 'style' | 'styleChosen'>, empty: boolean): boolean {
  const keptEmpty = empty && ctx.input.choices.keepEmpty[key] === true;
  ctx.subsections.push({ key, heading, items, style: enumerated.style, styleChosen: enumerated.styleChosen, empty, keptEmpty });
  if (empty) {
    ctx.warn({
      code: 'empty-subsection',
      key,
      message: keptEmpty ? `“${heading}”本年度台账中没有内容，按您的选择保留了标题，请补写内容` : `“${heading}”本年度台账中没有内容，已省略（可选择保留）`,
    });
  }
  return keptEmpty;
}

/** The paragraph under a kept empty section: visible, so it is never submitted by mistake. */
export function emptyPlaceholder(key: string, what = '本年度台账中暂无此项内容，请补充或删除本节'): DraftParagraph {
  return { kind: 'paragraph', key: `${key}.empty`, origin: 'template', sources: [], text: `（${what}。）` };
}
