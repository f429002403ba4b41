import type { ReportEntry } from './assembly-input';
import type { EntryComposer } from '../compose/entry-composer';
import { entryComposer } from '../compose/entry-composer';
import type { AssemblyContext } from './assembly-context';

// The sentence an entry contributes (compose/compose-entry.ts), its notes turned into warnings, its
// punctuation cleaned. A sentence without a summary is also reported as 'summary-missing': 年报体检
// lists those, because a composed sentence is a good start, not the unit's own account.

const composers = new WeakMap<AssemblyContext, EntryComposer>();

function composerOf(ctx: AssemblyContext): EntryComposer {
  let composer = composers.get(ctx);
  if (!composer) {
    composer = entryComposer(ctx.input);
    composers.set(ctx, composer);
  }
  return composer;
}

export interface EntrySentence {
  text: string;
  composed: boolean;
}

export function entrySentence(ctx: AssemblyContext, entry: ReportEntry, key: string): EntrySentence {
  const result = composerOf(ctx)(entry);
  const activityIds = [entry.id];
  if (!entry.summary.trim()) {
    ctx.warn({ code: 'summary-missing', key, message: `“${entry.title}”没有填写内容摘要，报告中按台账字段自动成句，请核对，可在预览中“采用为内容摘要”后修改`, activityIds });
  }
  result.notes.forEach((n) => ctx.warn({ code: n.code, key, message: n.message, activityIds }));
  return { text: ctx.clean(result.text, key, `“${entry.title}”的内容摘要`, activityIds), composed: result.composed };
}
