import { ensureSentenceEnd, normalizePunctuation } from './punctuation';

// Units paste their hand-written parts from last year's report or a draft in Word, so the text comes
// with what the template also gives: its own numbering ("（一）" on top of the report's "（一）"), a
// lead-out at the end of the preface ("……报告如下。" before the template's "现将……报告如下："), and the
// part's lead sentence. These helpers find the lead-out and opener doubling (the numbering is read by
// leading-number.ts); assembly decides what to drop and says so.

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
