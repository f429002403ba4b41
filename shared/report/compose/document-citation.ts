import { withSentenceEnd } from '../text/punctuation';

// The document an entry produced, cited by its exact title in 《》 and its 文号 in （）: added to the
// sentence when the sentence does not cite it, completed with the 文号 when it cites only the title.

export function citeDocument(sentence: string, docTitle: string, docNumber: string): string {
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
