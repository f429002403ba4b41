// Chinese is written without spaces, so no word tokenizer can know where "普法" or "复议" begins.
// Instead every CJK character (and every digit) is a token of its own, and a search term becomes a
// phrase of consecutive characters: one index then finds terms of any length, 1 character included.
// Runs of other letters (Latin: ABC, PPT, app) stay one word. The same function segments the stored
// text and what the user types, so both sides always agree.

/** Scripts written without spaces between words, and digits: each character is one token. */
const ONE_CHAR = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}\p{N}`;
/**
 * One such character (a letter or digit: radicals and symbols are punctuation to the index too), or
 * a run of other letters with any combining marks NFKC could not fold in. No capture groups: this
 * runs over every entry when the index is built, and plain `match` is several times faster.
 */
const TOKEN = new RegExp(String.raw`(?=[\p{L}\p{N}])[${ONE_CHAR}]|(?:(?![${ONE_CHAR}])\p{L}\p{M}*)+`, 'gu');
const SINGLE = new RegExp(String.raw`^[${ONE_CHAR}]$`, 'u');
const MARK = /\p{M}/u;
const MARKS = /\p{M}/gu;

/**
 * Splits text into search tokens: one per CJK character or digit, one per run of other letters
 * (lower-cased). Full-width forms (ＡＢＣ, ２０２４) are folded to their ordinary forms first.
 * Punctuation and spaces only separate tokens.
 */
export function searchTokens(text: string): string[] {
  const folded = text.normalize('NFKC').toLowerCase();
  const found = folded.match(TOKEN) ?? [];
  return MARK.test(folded) ? found.map((t) => t.replace(MARKS, '')) : found;
}

/** True for a run of letters such as "abc", which may be the start of a longer word still being typed. */
export function isLetterRun(token: string): boolean {
  return !SINGLE.test(token);
}

/** The text as the search index stores it: tokens separated by single spaces. */
export function segmentForIndex(text: string): string {
  return searchTokens(text).join(' ');
}

export interface SearchWord {
  /** What the user typed for this word, trimmed. */
  raw: string;
  /** Its tokens in order; empty when it holds only punctuation such as "%" or "《》". */
  tokens: string[];
}

/** What the user typed, split on spaces (full-width ones too): every word must be found. */
export function searchWords(input: string): SearchWord[] {
  return input
    .split(/\s+/u)
    .filter((w) => w.length > 0)
    .map((raw) => ({ raw, tokens: searchTokens(raw) }));
}
