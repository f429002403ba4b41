import { ensureSentenceEnd, normalizePunctuation } from './punctuation';

// Units paste their hand-written parts from last year's report or a draft in Word, so the text comes
// with what the template also gives: its own numbering ("（一）" on top of the report's "（一）"), a
// lead-out at the end of the preface ("……报告如下。" before the template's "现将……报告如下："), and the
// part's lead sentence. These helpers find that doubling; assembly decides what to drop and says so.

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

function stripOne(text: string): { text: string; removed: string } | undefined {
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
  for (let step = stripOne(rest); step; step = stripOne(rest)) {
    rest = step.text;
    removed += step.removed;
  }
  return { text: removed ? rest : text, removed };
}

const LEAD_OUT = /(?:报告|汇报|说明|情况|总结)如下[\s\u3000：:。.，,；;！!]*$/u;
const SENTENCE_END = /[。！？；!?;]/;
// The clause a lead-out opens with, when it follows another clause of the same sentence.
const LEAD_CLAUSE = /[，,]\s*(?=现将|现就|现把|现对|特将|特此|下面|兹将|兹就|谨将|谨就)/g;

/** True when the text ends in "……报告如下" / "汇报如下" / "情况如下", with or without "：" or "。". */
export function endsWithLeadOut(text: string): boolean {
  return LEAD_OUT.test(text.trim());
}

/**
 * The text without its closing lead-out: the last sentence, or only its last clause when that clause
 * opens with "现将" "现就" … (so "我局荣获……称号，现将有关情况报告如下：" keeps the honour).
 */
export function cutLeadOut(text: string): { text: string; leadOut: string } {
  const t = text.trim();
  const m = LEAD_OUT.exec(t);
  if (!m) return { text: t, leadOut: '' };
  let start = 0;
  for (let i = m.index - 1; i >= 0; i -= 1) {
    if (SENTENCE_END.test(t.charAt(i))) {
      start = i + 1;
      break;
    }
  }
  const clauses = [...t.slice(start, m.index).matchAll(LEAD_CLAUSE)];
  const last = clauses[clauses.length - 1];
  if (last?.index !== undefined) start += last.index + last[0].length;
  const body = t.slice(0, start).trim();
  return { text: body ? ensureSentenceEnd(body) : '', leadOut: t.slice(start).trim() };
}

// Compared without punctuation or spaces: a pasted "，" for "、" or a line break is the same sentence.
const IGNORED = /[\s\p{P}\p{S}]/u;

function bare(text: string): string {
  return Array.from(normalizePunctuation(text).text)
    .filter((ch) => !IGNORED.test(ch))
    .join('');
}

/** Shorter than this, a match says nothing (an opener of a few words could begin anyone's text). */
const MIN_OPENER_CHARS = 8;

/**
 * The opener's main clause: without the lead-in it ends on ("……差距和不足，主要表现在：" → "……差距和
 * 不足"), since a pasted text often words that last bit its own way ("主要表现在以下几个方面：").
 */
function mainClause(opener: string): string {
  const t = normalizePunctuation(opener).text;
  if (!/[：:]$/.test(t)) return bare(t);
  const cut = Math.max(t.lastIndexOf('，'), t.lastIndexOf('；'));
  return bare(cut > 0 ? t.slice(0, cut) : t);
}

/**
 * When the pasted text opens with the (filled) opener, the text split after the user's own wording of
 * it: up to the "：" or "。" that closes it, and the rest. Undefined when it does not.
 */
export function splitOpener(text: string, opener: string): { opener: string; rest: string } | undefined {
  const key = Array.from(mainClause(opener));
  if (key.length < MIN_OPENER_CHARS) return undefined;
  const chars = Array.from(normalizePunctuation(text).text);
  let matched = 0;
  let end = -1;
  for (let i = 0; i < chars.length && end < 0; i += 1) {
    const ch = chars[i] ?? '';
    if (IGNORED.test(ch)) continue;
    if (ch !== key[matched]) return undefined;
    matched += 1;
    if (matched === key.length) end = i + 1;
  }
  if (end < 0) return undefined;
  const close = chars.findIndex((ch, i) => i >= end && /[：:。！？!?]/.test(ch));
  const cut = close < 0 ? chars.length : close + 1;
  return { opener: chars.slice(0, cut).join('').trim(), rest: chars.slice(cut).join('').trim() };
}

/** Whether the pasted text already opens with the template's lead sentence (filled). */
export function startsWithOpener(text: string, opener: string): boolean {
  return splitOpener(text, opener) !== undefined;
}
