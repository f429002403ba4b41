import { countHanzi } from '../text/hanzi';
import type { PhraseLookup } from './phrase-lookup';
import { leadingVerb } from './phrase-lookup';

// What was done, from the entry's title: a title that starts with its verb ("召开党组会议") is kept;
// a bare event noun gets the verb the noun takes ("党组理论中心组学习会议" → 召开……); anything else the
// category's verb and, when it names no event, the category's event word ("民法典进社区" → 开展民法典
// 进社区宣传活动). A title that names the document it produced becomes "印发《……》". A title that is
// already a sentence, or too short to say anything, is used as it stands and said so.

export interface Action {
  text: string;
  /** Why the title was used as it stands (Chinese, for the warning); '' when composed normally. */
  fallback: string;
  /** The title already says when ("3月份集中学法"): no date phrase is put before it. */
  dated: boolean;
}

export interface ActionSource {
  title: string;
  docTitle: string;
  /** The category's rule: verb before a bare title, suffix after one that names no event. */
  categoryVerb: string;
  categorySuffix: string;
}

const SENTENCE_MARKS = /[，,。；;！？]/;
const DATED = /\d{1,2}月|[上下]半年|季度/;
export const SHORT_TITLE_HANZI = 3;

/** The shortest object a title may name its document by ("工作方案" is too vague to stand for one). */
const DOC_SHORT_NAME_MIN = 4;

function documentAction(lookup: PhraseLookup, title: string, docTitle: string): string | undefined {
  const bare = title.replace(/[《》]/g, '');
  const at = bare.indexOf(docTitle);
  if (at < 0) {
    // "印发法治建设工作方案" names 《……法治建设工作方案（2021-2025年）》 by a short name: cite it once, in full.
    const verb = leadingVerb(lookup, bare);
    const object = bare.slice(verb.length);
    return verb && object.length >= DOC_SHORT_NAME_MIN && docTitle.includes(object) ? `${verb}《${docTitle}》` : undefined;
  }
  const cited = `${bare.slice(0, at)}《${docTitle}》${bare.slice(at + docTitle.length)}`;
  return leadingVerb(lookup, cited) ? cited : `印发${cited}`;
}

function endsWithEvent(title: string, suffix: string, lookup: PhraseLookup): boolean {
  if (!suffix) return true;
  if (title.endsWith(suffix)) return true;
  // "……普法宣传" + "宣传活动" would say 宣传 twice; a title ending in the suffix's first word has it.
  return lookup.nouns.some((n) => title.endsWith(n.ending) && suffix.startsWith(n.ending));
}

export function actionPhrase(lookup: PhraseLookup, source: ActionSource): Action {
  const title = source.title.trim().replace(/[。；;，,]+$/u, '');
  const dated = DATED.test(title);
  if (SENTENCE_MARKS.test(title)) return { text: title, fallback: '标题已是一句完整的话，报告直接采用了标题', dated };
  const doc = source.docTitle ? documentAction(lookup, title, source.docTitle) : undefined;
  const fallback = countHanzi(title) < SHORT_TITLE_HANZI ? `标题只有${countHanzi(title)}个字，自动成句可能说不清做了什么` : '';
  if (doc) return { text: doc, fallback, dated };
  if (leadingVerb(lookup, title)) return { text: title, fallback, dated };
  const noun = lookup.nouns.find((n) => title.endsWith(n.ending));
  if (noun) return { text: `${noun.verb}${title}`, fallback, dated };
  const verb = source.categoryVerb || '开展';
  const suffix = endsWithEvent(title, source.categorySuffix, lookup) ? '' : source.categorySuffix;
  return { text: `${verb}${title}${suffix}`, fallback, dated };
}
