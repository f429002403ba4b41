import { describe, expect, it } from 'vitest';
import { parseMetricHeader } from '../../shared/import/ledger-columns';
import { parseWrittenDate } from '../../shared/import/written-date';
import { parseCount, parseMetricsCell, splitTags } from '../../shared/import/parse-cells';

describe('spreadsheet header matching', () => {
  it('parses a metric header only with a unit', () => {
    expect(parseMetricHeader('罚款（万元）')).toEqual({ name: '罚款', unit: '万元' });
    expect(parseMetricHeader('罚款')).toBeNull();
  });
});

describe('cell parsers', () => {
  it.each([
    ['2024-03-15', '2024-03-15'],
    ['2024/3/5', '2024-03-05'],
    ['2024年3月5日', '2024-03-05'],
    ['2024.12.4', '2024-12-04'],
  ])('date %s', (raw, iso) => {
    expect(parseWrittenDate(raw)).toEqual({ ok: true, value: { date: iso, endDate: null, precision: 'day' } });
  });

  it('refuses impossible and unreadable dates with the reason', () => {
    expect(parseWrittenDate('2023-02-30')).toMatchObject({ ok: false, reason: '“2023-02-30”这一天不存在（2023年2月只有28天）' });
    // 1900-01-01 exists: the reason is the allowed range, not a day that is not there.
    expect(parseWrittenDate('1900/1/1')).toMatchObject({ ok: false, reason: '“1900/1/1”超出可填写的范围：日期应在 1949-01-01 至 2100-12-31 之间' });
    expect(parseWrittenDate('三月五日')).toMatchObject({ ok: false, reason: expect.stringContaining('不是可识别的日期') });
  });

  it('reads counts and refuses non-numbers', () => {
    expect(parseCount('1,200')).toEqual({ ok: true, value: 1200 });
    expect(parseCount('')).toEqual({ ok: true, value: null });
    expect(parseCount('三十')).toEqual({ ok: false, reason: '“三十”不是整数' });
  });

  it('splits tags on every separator units use and drops duplicates', () => {
    expect(splitTags('普法；宪法日;进社区、进校园,普法，')).toEqual(['普法', '宪法日', '进社区', '进校园']);
  });

  it('reads metric pairs, with 余 marking an approximate figure', () => {
    expect(parseMetricsCell('发放宣传材料=500份;接待咨询=200人次；发放漫画册=800余册;罚款=12.5万元;通过率=100%')).toEqual({
      ok: true,
      value: [
        { name: '发放宣传材料', value: 500, unit: '份', approximate: false },
        { name: '接待咨询', value: 200, unit: '人次', approximate: false },
        { name: '发放漫画册', value: 800, unit: '册', approximate: true },
        { name: '罚款', value: 12.5, unit: '万元', approximate: false },
        { name: '通过率', value: 100, unit: '%', approximate: false },
      ],
    });
  });

  it('refuses a non-numeric metric, a pair without =, and a name given twice', () => {
    expect(parseMetricsCell('发放宣传材料=很多份')).toMatchObject({ ok: false, reason: expect.stringContaining('指标“发放宣传材料”的“很多份”不是数字') });
    expect(parseMetricsCell('发放宣传材料500份')).toMatchObject({ ok: false, reason: expect.stringContaining('名称=数值单位') });
    expect(parseMetricsCell('活动=1次;活动=2次')).toMatchObject({ ok: false, reason: expect.stringContaining('出现了两次') });
  });
});
