import { describe, expect, it } from 'vitest';
import { charsToTwips, signatureLayout } from '../../electron/report/docx/signature-layout';

// GB/T 9704-2012 §7.3.5, in characters (a Chinese character 1, a digit ½).

const LINE = 8845 / 314; // the type area in characters as set (314 twips each)

describe('signatureLayout', () => {
  it('without a seal: name 2 from the right, date starting 2 right of the name', () => {
    // 柳州市莲花山保护中心 = 10, 2023年1月20日 = 6.5
    const l = signatureLayout('柳州市莲花山保护中心', '2023年1月20日', false);
    expect(l.blankLinesBefore).toBe(1);
    expect(l.unitRightChars).toBe(2);
    const unitStart = LINE - 2 - 10;
    expect(l.dateLeftChars).toBeCloseTo(unitStart + 2, 6);
    expect(l.dateRightChars).toBeCloseTo(3.5, 6);
  });

  it('without a seal and a date longer than the name allows: date 2 from the right, name moved left', () => {
    // 某县司法局 = 5, date 6.5: the standard's "成文日期长于发文机关署名".
    const l = signatureLayout('某县司法局', '2023年12月20日', false);
    expect(l.dateRightChars).toBeCloseTo(2, 6);
    expect(l.unitRightChars).toBeCloseTo(4 + 7 - 5, 6);
    expect(l.dateLeftChars).toBeCloseTo(LINE - l.unitRightChars - 5 + 2, 6);
  });

  it('with a seal: date 4 from the right, name centred over it, two empty lines for the seal', () => {
    const l = signatureLayout('某某市某某区司法局', '2024年1月5日', true); // 9 and 6
    expect(l.blankLinesBefore).toBe(2);
    expect(l.dateRightChars).toBe(4);
    expect(l.unitRightChars).toBeCloseTo(2.5, 6);
    expect(l.dateLeftChars).toBeUndefined();
    // centres: right gap + half width agree
    expect(l.unitRightChars + 9 / 2).toBeCloseTo(l.dateRightChars + 6 / 2, 6);
  });

  it('with a seal and a long name keeps the name 2 from the right and still centred', () => {
    const l = signatureLayout('广西壮族自治区柳州市鱼峰区市场监督管理局', '2024年1月5日', true); // 20 and 6
    expect(l.unitRightChars).toBe(2);
    expect(l.unitRightChars + 10).toBeCloseTo(l.dateRightChars + 3, 6);
  });

  it('converts characters to twips at the set pitch', () => {
    expect(charsToTwips(2)).toBe(628);
    expect(charsToTwips(3.5)).toBe(1099);
  });
});
