import type { TemplatePart } from '../../domain/report-template';
import { stripLeadingNumbering } from '../text/leading-number';
import { splitOpener } from '../text/paste-cleaning';
import type { AssemblyContext } from './assembly-context';
import type { DraftBlock, DraftParagraph } from './draft-blocks';
import type { EnumItem } from './enumerate-items';
import { emptyPlaceholder, enumerateItems, noteSection } from './enumerate-items';

// Parts 二 (存在的不足和原因), 四 (下一年度安排) and 五 (其他): written by a person each year. Each has
// its template opener ("……但仍存在着一些差距和不足，主要表现在：") and the items, enumerated like the log's.
// A required part left unwritten keeps its heading and a visible reminder, with a warning.
// The items are often pasted from an earlier report: their own numbers would stand before the
// report's, and a pasted opener after the template's, so both are taken off once, with a warning.

type NarrativePart = Extract<TemplatePart, { kind: 'problems' | 'plans' | 'other' }>;
type ListPart = Exclude<NarrativePart, { kind: 'other' }>;

const WHAT = { problems: '存在的不足和原因', plans: '下一年度的工作安排' } as const;

function withoutNumbering(ctx: AssemblyContext, text: string, key: string, where: string): string {
  const stripped = stripLeadingNumbering(text);
  if (stripped.removed) ctx.warn({ code: 'paste-cleaned', key, message: `${where}开头的编号“${stripped.removed}”已去掉，报告会自动编号` });
  return stripped.text;
}

function pastedItems(ctx: AssemblyContext, key: string, heading: string, list: readonly string[]): EnumItem[] {
  return list.map((raw, i) => {
    const itemKey = `${key}#${i + 1}`;
    const where = `“${heading}”第${i + 1}段`;
    return { id: String(i + 1), text: ctx.clean(withoutNumbering(ctx, raw, itemKey, where), itemKey, where), sources: [] };
  });
}

/**
 * The opener paragraph and the items to enumerate. When the first item opens with the template's
 * opener, the user's wording is kept and the template's dropped; split off as the part's opener when
 * other items follow, so the opener is never numbered as an item of its own.
 */
function withOpener(ctx: AssemblyContext, part: ListPart, heading: string, items: EnumItem[]): { opener?: DraftParagraph; items: EnumItem[] } {
  const key = part.id;
  if (!part.opener) return { items };
  const filled = ctx.fill(part.opener, `${key}.opener`).text;
  const first = items[0];
  const split = first ? splitOpener(first.text, filled) : undefined;
  if (!first || !split) return { opener: { kind: 'paragraph', key: `${key}.opener`, origin: 'template', sources: [], text: filled }, items };
  const where = `“${heading}”第${first.id}段`;
  ctx.warn({ code: 'paste-cleaned', key: `${key}#${first.id}`, message: `${where}已含有模板的引导语，模板引导语不再重复` });
  if (items.length === 1) return { items };
  const opener: DraftParagraph = { kind: 'paragraph', key: `${key}.opener`, origin: 'narrative', sources: [], text: split.opener };
  const rest = split.rest ? withoutNumbering(ctx, split.rest, `${key}#${first.id}`, where) : '';
  return { opener, items: rest ? [{ ...first, text: rest }, ...items.slice(1)] : items.slice(1) };
}

export function narrativePartBlocks(ctx: AssemblyContext, part: NarrativePart, heading: string): DraftBlock[] {
  const key = part.id;
  const narrative = ctx.input.narrative;
  if (part.kind === 'other') {
    const text = ctx.clean(narrative.other || '无。', key, '其他需要报告的情况');
    return [{ kind: 'paragraph', key: `${key}.text`, origin: 'narrative', sources: [], text }];
  }
  const pasted = pastedItems(ctx, key, heading, part.kind === 'problems' ? narrative.problems : narrative.plans);
  if (!pasted.length) {
    noteSection(ctx, key, heading, 0, enumerateItems(ctx, key, [], 2, 'narrative'), false);
    ctx.warn({ code: 'narrative-missing', key, message: `“${heading}”还没有填写（年度材料中的“${WHAT[part.kind]}”），报告中留了提示文字` });
    return [emptyPlaceholder(key, `请在年度材料中填写${WHAT[part.kind]}`)];
  }
  const { opener, items } = withOpener(ctx, part, heading, pasted);
  const enumerated = enumerateItems(ctx, key, items, 2, 'narrative');
  noteSection(ctx, key, heading, items.length, enumerated, false);
  return [...(opener ? [opener] : []), ...enumerated.blocks];
}
