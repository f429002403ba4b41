import type { ReportEntry } from './assembly-input';
import { withSentenceEnd } from '../text/punctuation';
import type { AssemblyContext } from './assembly-context';

// The sentence an entry contributes: its summary (the title when there is none, with a warning), and
// the document it produced cited by exact title in 《》 with its 文号 in （） when the summary does not
// already cite it.

function citeDocument(sentence: string, docTitle: string, docNumber: string): string {
  const cited = `《${docTitle}》`;
  const number = docNumber ? `（${docNumber}）` : '';
  const at = sentence.indexOf(cited);
  if (at >= 0) {
    if (!number || sentence.includes(docNumber)) return sentence;
    const end = at + cited.length;
    return `${sentence.slice(0, end)}${number}${sentence.slice(end)}`;
  }
  return `${withSentenceEnd(sentence, '')}，印发${cited}${number}`;
}

export function entrySentence(ctx: AssemblyContext, entry: ReportEntry, key: string): string {
  let sentence = entry.summary.trim();
  if (!sentence) {
    sentence = entry.title;
    ctx.warn({ code: 'summary-missing', key, message: `“${entry.title}”没有填写内容摘要，报告中暂用了事项标题，请补写一句完整的话`, activityIds: [entry.id] });
  }
  if (entry.docTitle) sentence = citeDocument(sentence, entry.docTitle, entry.docNumber);
  return ctx.clean(sentence, key, `“${entry.title}”的内容摘要`, [entry.id]);
}
