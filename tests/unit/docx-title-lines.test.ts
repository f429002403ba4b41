import { describe, expect, it } from 'vitest';
import { displayWidth, titleLines } from '../../shared/report/title-lines';

// 公文 titles: as few lines as fit, broken where a reader pauses, longer line first.

const CASES: [string, string[]][] = [
  ['某县2024年法治政府建设情况报告', ['某县2024年法治政府建设情况报告']],
  ['柳州市莲花山保护中心2022年法治政府建设情况报告', ['柳州市莲花山保护中心2022年', '法治政府建设情况报告']],
  ['某某市某某区人民政府关于2024年度法治政府建设情况的报告', ['某某市某某区人民政府关于2024年度', '法治政府建设情况的报告']],
  ['柳州市城市管理行政执法局2023年度法治政府建设年度报告', ['柳州市城市管理行政执法局2023年度', '法治政府建设年度报告']],
  ['2022年柳州市阳和工业新区(北部生态新区）法治政府建设工作报告', ['2022年柳州市阳和工业新区(北部生态新区）', '法治政府建设工作报告']],
  [
    '中共某某市委全面依法治市委员会办公室关于2024年度法治政府建设工作情况的报告',
    ['中共某某市委全面依法治市委员会办公室关于', '2024年度法治政府建设工作情况的报告'],
  ],
  ['某某省某某市某某县某某镇人民政府2024年法治政府建设情况报告', ['某某省某某市某某县某某镇人民政府', '2024年法治政府建设情况报告']],
];

describe('titleLines', () => {
  it.each(CASES)('%s', (title, lines) => {
    expect(titleLines(title)).toEqual(lines);
  });

  it('never splits a number, a bracket or 法治政府建设, keeps every character and fits the width', () => {
    for (const [title] of CASES) {
      for (const max of [20, 16, 12]) {
        const lines = titleLines(title, max);
        expect(lines.join('')).toBe(title);
        for (const line of lines) expect(displayWidth(line), `${title} @${max}: ${line}`).toBeLessThanOrEqual(max);
        for (let i = 1; i < lines.length; i++) {
          const joint = `${lines[i - 1]?.slice(-1)}|${lines[i]?.slice(0, 1)}`;
          expect(joint, `${title} @${max}`).not.toMatch(/\d\|\d|[（(]\||\|[）)]/);
        }
        expect(lines.some((l) => /法治政府建?$|^设/.test(l)), `${title} @${max}: ${lines.join(' / ')}`).toBe(false);
      }
    }
  });

  it('puts the longer line first', () => {
    for (const [title] of CASES) {
      const widths = titleLines(title).map(displayWidth);
      if (widths.length === 2) expect(widths[0]).toBeGreaterThanOrEqual(widths[1] ?? 0);
    }
  });

  it('breaks a title too long for two lines into three, at the natural places', () => {
    const title = '某某省某某市某某县某某镇人民政府2024年法治政府建设情况报告';
    const lines = titleLines(title, 14);
    expect(lines).toEqual(['某某省某某市某某县', '某某镇人民政府2024年', '法治政府建设情况报告']);
  });

  it('counts digits and Latin letters as half a character', () => {
    expect(displayWidth('2024年')).toBe(3);
    expect(displayWidth('（一）“引号”')).toBe(7);
  });

  it('returns nothing for an empty title and trims the ends', () => {
    expect(titleLines('   ')).toEqual([]);
    expect(titleLines(' 某县报告 ')).toEqual(['某县报告']);
  });
});
