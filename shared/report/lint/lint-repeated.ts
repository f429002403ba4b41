import type { ReportDocument } from '../report-document';
import type { LintFinding } from './lint-finding';
import { quote } from './lint-finding';
import { bodyOf } from './lint-texts';

// The same sentence twice: two entries logged with one summary, a narrative repeating a lead the
// template gives, an edit pasted twice. Short sentences ("取得良好效果。") recur in any report and are
// not counted; the second and any later occurrence is the one to delete. Headings are not sentences:
// a subsection's first item often opens with its heading's words ("（一）深入学习贯彻习近平法治思想" then
// "一是深入学习贯彻习近平法治思想。……"), as published reports write it.

const MIN_HANZI = 8;
/** An end mark, or the "；" between two items of "一是……；二是……", which are sentences in all but the mark. */
const SENTENCE_END = /[。！？]|；(?=[一二三四五六七八九十]+是)/;
const ORDINAL = /^[一二三四五六七八九十]+是/;

/**
 * At least `n` 汉字, counted only as far as needed: a long year's report has tens of thousands of
 * sentences, and a full count of each was most of this check's time. CJK ideographs and the
 * extensions outside the BMP (a surrogate pair, counted once by its high half).
 */
function hasHanzi(s: string, n: number): boolean {
  let found = 0;
  for (let i = 0; i < s.length && found < n; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xd840 && c <= 0xd87f)) found++;
  }
  return found >= n;
}

function sentences(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(SENTENCE_END)) {
    // Fewer characters than MIN_HANZI cannot hold that many 汉字: most clauses are decided here.
    if (part.length < MIN_HANZI) continue;
    const s = part.trim().replace(ORDINAL, '');
    if (hasHanzi(s, MIN_HANZI)) out.push(s);
  }
  return out;
}

export function lintRepeated(doc: ReportDocument): LintFinding[] {
  const seen = new Set<string>();
  const out: LintFinding[] = [];
  for (const block of doc.blocks) {
    if (block.kind !== 'paragraph') continue;
    for (const sentence of sentences(bodyOf(block))) {
      if (!seen.has(sentence)) {
        seen.add(sentence);
        continue;
      }
      out.push({ code: 'lint-repeated', key: block.key, severity: 'should', message: `“${quote(sentence)}”一句与前文重复，请删去或改写`, excerpt: sentence });
    }
  }
  return out;
}
