import { describe, expect, it } from 'vitest';
import { countHanzi } from '../../shared/report/text/hanzi';

describe('countHanzi', () => {
  it('counts 汉字 only, a character outside the BMP once, across runs split by other text', () => {
    expect(countHanzi('')).toBe(0);
    expect(countHanzi('2024年共办理案件48件，同比增长12.5%。')).toBe(11);
    // U+20000 and U+2A700 (Extensions B and C) are two UTF-16 units each, one character.
    expect(countHanzi('\u{20000}中\u{2A700}a，')).toBe(3);
    expect(countHanzi('Times New Roman — “”…')).toBe(0);
  });

  it('counts a long text by the same rule as one character at a time', () => {
    const text = '一、依法全面履行政府职能（一）深化“放管服”改革。\u{20000}'.repeat(5000);
    const oneByOne = [...text].filter((ch) => /\p{Script=Han}/u.test(ch)).length;
    expect(countHanzi(text)).toBe(oneByOne);
  });
});
