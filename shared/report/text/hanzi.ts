const HAN = /\p{Script=Han}/gu;

/** The number of 汉字, the measure reports are judged by (real ones run 2,300–6,500). */
export function countHanzi(text: string): number {
  return text.match(HAN)?.length ?? 0;
}

/** True for a CJK character or full-width punctuation: the neighbours next to which half-width marks are wrong. */
export function isCjkContext(ch: string | undefined): boolean {
  if (!ch) return false;
  return /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’《》…—]/u.test(ch);
}
