import type { ReportDocument } from '../report-document';
import { isCjkContext } from '../text/hanzi';
import type { LintFinding } from './lint-finding';
import { around } from './lint-finding';
import { allTexts } from './lint-texts';

// A half-width , ; : ? ! ( ) next to Chinese text ("学习,研究"). Assembly and the preview's edits
// normalise what they take in (text/punctuation.ts), so what is left came another way, such as a
// template's own text; the rule is the same: between digits or Latin letters the mark stays
// (1,000 · 10:30 · f(x)), and "." and "%" are never marks here (2.5 · 96.67% · "1.").

const HALF = /[,;:?!()]/g;
const ANY_HALF = /[,;:?!()]/;
const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };
const SPACE = /[ \t\u00a0\u3000]/;

function neighbour(text: string, from: number, step: 1 | -1): string | undefined {
  for (let i = from + step; i >= 0 && i < text.length; i += step) {
    const ch = text.charAt(i);
    if (!SPACE.test(ch)) return ch;
  }
  return undefined;
}

export function lintHalfwidth(doc: ReportDocument): LintFinding[] {
  const out: LintFinding[] = [];
  for (const { key, text, where } of allTexts(doc)) {
    if (!ANY_HALF.test(text)) continue;
    for (const m of text.matchAll(HALF)) {
      const at = m.index ?? 0;
      if (!isCjkContext(neighbour(text, at, -1)) && !isCjkContext(neighbour(text, at, 1))) continue;
      const mark = m[0];
      out.push({
        code: 'lint-halfwidth',
        key,
        severity: 'should',
        message: `${where}“${around(text, at, 1, 4)}”中的“${mark}”是半角标点，请改为“${FULL[mark] ?? mark}”`,
        excerpt: around(text, at, 1, 4).replace(/…/g, ''),
      });
    }
  }
  return out;
}
