import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { DEFAULT_DOCX_SETTINGS, fallbacksOf, parseDocxSettings, resolveFaces } from '../../shared/report/docx-settings';

function failure(input: unknown): AppError {
  try {
    parseDocxSettings(input);
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected the settings to be refused');
}

describe('docx settings', () => {
  it('defaults to the standard faces, 28.95 pt and no seal', () => {
    expect(DEFAULT_DOCX_SETTINGS).toEqual({ faceChoice: 'standard', faces: {}, bodyLineSpacingPt: 28.95, signatureWithSeal: false });
    expect(parseDocxSettings({})).toEqual(DEFAULT_DOCX_SETTINGS);
    expect(resolveFaces(DEFAULT_DOCX_SETTINGS)).toEqual({
      title: '方正小标宋简体',
      body: '仿宋_GB2312',
      heading1: '黑体',
      heading2: '楷体_GB2312',
      pageNumber: '宋体',
      latin: 'Times New Roman',
    });
  });

  it('picks faces a stock Windows has, and lets an explicit face win', () => {
    const win = parseDocxSettings({ faceChoice: 'windows-common' });
    expect(resolveFaces(win)).toMatchObject({ title: '宋体', body: '仿宋', heading2: '楷体' });
    const mixed = parseDocxSettings({ faceChoice: 'windows-common', faces: { title: '方正小标宋_GBK' } });
    expect(resolveFaces(mixed).title).toBe('方正小标宋_GBK');
    expect(fallbacksOf('title', '方正小标宋_GBK')).toEqual(['华文中宋', '宋体']);
  });

  it('accepts line spacing from 28 to 29.5 pt', () => {
    expect(parseDocxSettings({ bodyLineSpacingPt: 28 }).bodyLineSpacingPt).toBe(28);
    expect(parseDocxSettings({ bodyLineSpacingPt: 29.5 }).bodyLineSpacingPt).toBe(29.5);
  });

  it.each([27.9, 29.6, '28.95', Number.NaN])('refuses line spacing %s with a Chinese message naming the range', (value) => {
    const err = failure({ bodyLineSpacingPt: value });
    expect(err.code).toBe('invalid_input');
    expect(err.message).toBe('正文行距应在28—29.5磅之间（公文通常为28.95磅，每页22行）');
    expect(Object.keys(err.fields ?? {})).toEqual(['bodyLineSpacingPt']);
  });

  it('refuses a face outside the role’s chain, an unknown choice and unknown keys, in Chinese', () => {
    expect(failure({ faces: { body: 'Arial' } }).message).toBe('正文字体只能选：仿宋_GB2312、仿宋');
    expect(failure({ faceChoice: 'mac' }).message).toBe('字体方案只能是“标准字体”或“Windows 常见字体”');
    expect(failure({ seal: true }).message).toBe('含有不认识的排版设置：seal');
    expect(failure({ signatureWithSeal: 'yes' }).message).toBe('是否加盖印章应为“是”或“否”');
    expect(failure(null).message).toBe('排版设置应为一组设置项');
  });
});
