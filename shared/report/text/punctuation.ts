import { isCjkContext } from './hanzi';

// Chinese 公文 text uses full-width punctuation; staff often type half-width marks (a Chinese IME left
// in English mode) and stray spaces. The rule: a half-width , ; : ? ! ( ) next to Chinese text becomes
// full-width; the same mark between digits or Latin letters stays (1,000 · 10:30 · http:// · f(x)), and
// "." and "%" are never touched (2.5 · 100% · "1." numbering).

const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };
const SPACE = /[ \t\u00a0\u3000]/;

function neighbour(chars: string[], from: number, step: 1 | -1): string | undefined {
  for (let i = from + step; i >= 0 && i < chars.length; i += step) {
    const ch = chars[i];
    if (ch !== undefined && !SPACE.test(ch)) return ch;
  }
  return undefined;
}

function nearChinese(chars: string[], i: number): boolean {
  return isCjkContext(neighbour(chars, i, -1)) || isCjkContext(neighbour(chars, i, 1));
}

/** Which brackets to convert: a pair goes together, so "(1)做好" never becomes "(1）做好". */
function bracketsToConvert(chars: string[]): Set<number> {
  const convert = new Set<number>();
  const open: number[] = [];
  chars.forEach((ch, i) => {
    if (ch === '(') open.push(i);
    if (ch !== ')') return;
    const start = open.pop();
    if (start === undefined) {
      if (nearChinese(chars, i)) convert.add(i);
      return;
    }
    const inside = chars.slice(start + 1, i).some((c) => isCjkContext(c));
    if (inside || nearChinese(chars, start) || nearChinese(chars, i)) {
      convert.add(start);
      convert.add(i);
    }
  });
  for (const i of open) if (nearChinese(chars, i)) convert.add(i);
  return convert;
}

function widenMarks(text: string): string {
  const chars = Array.from(text);
  const brackets = bracketsToConvert(chars);
  return chars
    .map((ch, i) => {
      if (ch === '(' || ch === ')') return brackets.has(i) ? FULL[ch] : ch;
      const full = FULL[ch];
      return full && nearChinese(chars, i) ? full : ch;
    })
    .join('');
}

/** Spaces next to Chinese text or full-width marks, and between a number and "%", are stray. */
function dropStraySpaces(text: string): string {
  const chars = Array.from(text);
  return chars
    .filter((ch, i) => {
      if (!SPACE.test(ch)) return true;
      const before = neighbour(chars, i, -1);
      const after = neighbour(chars, i, 1);
      if (before === undefined || after === undefined) return false;
      if (isCjkContext(before) || isCjkContext(after)) return false;
      return !(/\d/.test(before) && after === '%');
    })
    .join('');
}

const STRENGTH: Record<string, number> = { '、': 1, '，': 2, '：': 3, '；': 4, '。': 5, '？': 5, '！': 5 };

/** "。。" "；。" "，，" → one mark, the strongest of the run. */
function collapseRepeatedMarks(text: string): string {
  return text.replace(/[、，：；。？！]{2,}/g, (run) => Array.from(run).reduce((a, b) => ((STRENGTH[b] ?? 0) > (STRENGTH[a] ?? 0) ? b : a)));
}

export interface Normalized {
  text: string;
  /** True when anything was fixed, so the report can say so. */
  changed: boolean;
}

// widenMarks only changes these marks and dropStraySpaces only drops SPACE characters: a text with
// neither (most generated sentences) skips both, which split it into an array of characters each.
const WIDENED_OR_DROPPED = /[,;:?!() \t\u00a0\u3000]/;

export function normalizePunctuation(input: string): Normalized {
  let text = input.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/％/g, '%');
  if (WIDENED_OR_DROPPED.test(text)) {
    text = widenMarks(text);
    text = dropStraySpaces(text);
  }
  text = collapseRepeatedMarks(text).trim();
  return { text, changed: text !== input.trim() };
}

const END_MARKS = /[，、；：。？！,;:.!?\s]+$/u;

/** The text ending in exactly one `end` mark ("。" by default), whatever it ended with before. */
export function withSentenceEnd(text: string, end = '。'): string {
  const body = text.trim().replace(END_MARKS, '');
  return body ? `${body}${end}` : '';
}

/** Ends a sentence only if it has no end mark of its own (keeps a question's ？). */
export function ensureSentenceEnd(text: string): string {
  const t = text.trim();
  if (!t) return '';
  return /[。？！]$/.test(t) ? t : withSentenceEnd(t);
}
