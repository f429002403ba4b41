import type { TemplatePart } from '../../domain/report-template';
import type { AssemblyContext } from './assembly-context';
import type { DraftBlock } from './draft-blocks';
import { emptyPlaceholder, enumerateItems, noteSection } from './enumerate-items';

// Parts 二 (存在的不足和原因), 四 (下一年度安排) and 五 (其他): written by a person each year. Each has
// its template opener ("……但仍存在着一些差距和不足，主要表现在：") and the items, enumerated like the log's.
// A required part left unwritten keeps its heading and a visible reminder, with a warning.

type NarrativePart = Extract<TemplatePart, { kind: 'problems' | 'plans' | 'other' }>;

const WHAT = { problems: '存在的不足和原因', plans: '下一年度的工作安排' } as const;

export function narrativePartBlocks(ctx: AssemblyContext, part: NarrativePart, heading: string): DraftBlock[] {
  const key = part.id;
  const narrative = ctx.input.narrative;
  if (part.kind === 'other') {
    const text = ctx.clean(narrative.other || '无。', key, '其他需要报告的情况');
    return [{ kind: 'paragraph', key: `${key}.text`, origin: 'narrative', sources: [], text }];
  }
  const list = part.kind === 'problems' ? narrative.problems : narrative.plans;
  const items = list.map((text, i) => ({ id: String(i + 1), text: ctx.clean(text, `${key}#${i + 1}`, `“${heading}”第${i + 1}段`), sources: [] }));
  const enumerated = enumerateItems(ctx, key, items, 2, 'narrative');
  noteSection(ctx, key, heading, items.length, enumerated, false);
  if (!items.length) {
    ctx.warn({ code: 'narrative-missing', key, message: `“${heading}”还没有填写（年度材料中的“${WHAT[part.kind]}”），报告中留了提示文字` });
    return [emptyPlaceholder(key, `请在年度材料中填写${WHAT[part.kind]}`)];
  }
  const blocks: DraftBlock[] = [];
  if (part.opener) blocks.push({ kind: 'paragraph', key: `${key}.opener`, origin: 'template', sources: [], text: ctx.fill(part.opener, `${key}.opener`).text });
  blocks.push(...enumerated.blocks);
  return blocks;
}
