const HAN_RUN = /\p{Script=Han}+/gu;

/** Characters (code points) in a string: a 汉字 outside the BMP (Extension B …) is two UTF-16 units. */
function codePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) n--;
  }
  return n;
}

/**
 * The number of 汉字, the measure reports are judged by (real ones run 2,300–6,500). Counted by runs
 * rather than one match per character: a large year's report has a million of them, and an array of
 * a million one-character strings was a good part of showing it.
 */
export function countHanzi(text: string): number {
  let n = 0;
  for (const m of text.matchAll(HAN_RUN)) n += codePoints(m[0]);
  return n;
}

/** True for a CJK character or full-width punctuation: the neighbours next to which half-width marks are wrong. */
export function isCjkContext(ch: string | undefined): boolean {
  if (!ch) return false;
  return /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’《》…—]/u.test(ch);
}
