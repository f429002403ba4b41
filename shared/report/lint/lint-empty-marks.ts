import type { ReportDocument } from '../report-document';
import type { LintFinding } from './lint-finding';
import { around } from './lint-finding';
import { allTexts } from './lint-texts';

// A pair of marks with nothing inside: 《》 where a document's title was left out of an entry, （）
// where a note was meant, “” where a quotation was. A reader sees at once that something is missing.

const EMPTY_PAIR = /《[\s\u3000]*》|[（(][\s\u3000]*[）)]|“[\s\u3000]*”|〔[\s\u3000]*〕|【[\s\u3000]*】/g;

/** The same pairs, for a quick test first: nearly every text has none. */
const ANY_EMPTY_PAIR = new RegExp(EMPTY_PAIR.source);

export function lintEmptyMarks(doc: ReportDocument): LintFinding[] {
  const out: LintFinding[] = [];
  for (const { key, text, where } of allTexts(doc)) {
    if (!ANY_EMPTY_PAIR.test(text)) continue;
    for (const m of text.matchAll(EMPTY_PAIR)) {
      const pair = m[0].replace(/[\s\u3000]/g, '');
      out.push({
        code: 'lint-empty-marks',
        key,
        severity: 'must',
        message: `${where}“${around(text, m.index ?? 0, m[0].length)}”中的“${pair}”里没有内容，请补上或删去`,
        excerpt: m[0],
      });
    }
  }
  return out;
}
