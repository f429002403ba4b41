// A number a person typed at the start of a paragraph or heading — "（一）" "1." "1、" "（1）" "①" "一是"
// "第一，" — told apart from a number that is content ("2023年" "2.5万" "3、4月" "12345热线"). One
// reading for every place that meets typed numbers: pasted narrative parts (paste-cleaning.ts), an
// edited item (numbering.ts) and the lint of doubled numbers (lint/lint-numbering.ts).

const CN = '[一二三四五六七八九十]{1,3}';
const DIGITS = '[0-9０-９]{1,2}';
// "3、4月" "一、二季度": a list of months or quarters, not a number and its item.
const NOT_A_LIST = `(?![0-9０-９])(?!${CN}[月季日号])`;

interface NumberingForm {
  mark: RegExp;
  /** A later ordinal of the same run inside the text: the item enumerates itself and keeps its first. */
  inlineRun?: RegExp;
}

const FORMS: NumberingForm[] = [
  { mark: new RegExp(`^[（(]\\s*(?:${CN}|${DIGITS})\\s*[）)]`) },
  { mark: new RegExp(`^(?:${CN}|${DIGITS})[、.．]${NOT_A_LIST}`) },
  { mark: new RegExp(`^${DIGITS}[）)]`) },
  { mark: /^[①-⑳⑴-⒇⒈-⒛㈠-㈩]/ },
  { mark: new RegExp(`^${CN}是(?=\\S)`), inlineRun: new RegExp(`[；;。，,：:]\\s*${CN}是`) },
  { mark: new RegExp(`^第${CN}点?[，,、：:.．]`), inlineRun: new RegExp(`[；;。，,]\\s*第${CN}点?[，,、：:]`) },
  { mark: /^(?:首先|其次|再次|最后)[，,：:]/, inlineRun: /[；;。，,]\s*(?:其次|再次|最后)[，,：:]/ },
  { mark: new RegExp(`^其${CN}[，,、：:]`), inlineRun: new RegExp(`[；;。，,]\\s*其${CN}[，,、：:]`) },
];

// What may sit between a number and its text ("1. 加强" "一是，加强").
const AFTER_MARK = /^[\s\u3000、，,：:.．]*/;

/** The first numbering mark the text opens with, and the text after it; undefined when there is none. */
export function leadingNumber(text: string): { text: string; removed: string } | undefined {
  for (const form of FORMS) {
    const m = form.mark.exec(text);
    if (!m) continue;
    const after = text.slice(m[0].length);
    const gap = AFTER_MARK.exec(after)?.[0] ?? '';
    const rest = after.slice(gap.length);
    // A number with no text after it is the text itself, not its numbering.
    if (!rest) return undefined;
    if (form.inlineRun?.test(rest)) return undefined;
    return { text: rest, removed: text.slice(0, m[0].length + gap.length).trim() };
  }
  return undefined;
}

/** Takes off the numbering a pasted paragraph opens with ("（一）" "1." "一是" "第一，", or "（一）1."). */
export function stripLeadingNumbering(text: string): { text: string; removed: string } {
  let rest = text.trim();
  let removed = '';
  for (let step = leadingNumber(rest); step; step = leadingNumber(rest)) {
    rest = step.text;
    removed += step.removed;
  }
  return { text: removed ? rest : text, removed };
}
