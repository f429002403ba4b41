import { describe, expect, it } from 'vitest';
import { parseWrittenDate, yearFromName } from '../../shared/import/written-date';
import type { WrittenDate } from '../../shared/import/written-date';

const day = (date: string, endDate: string | null = null): WrittenDate => ({ date, endDate, precision: 'day' });
const month = (date: string, endDate: string): WrittenDate => ({ date, endDate, precision: 'month' });
const ok = (value: WrittenDate) => ({ ok: true, value });

describe('full dates', () => {
  it.each([
    ['2024-03-15', '2024-03-15'],
    ['2024/3/5', '2024-03-05'],
    ['2024.3.15', '2024-03-15'],
    ['2024年3月5日', '2024-03-05'],
    ['2024年3月5号', '2024-03-05'],
    ['2024年03月05日', '2024-03-05'],
    ['20240315', '2024-03-15'],
    ['  2024 年 3 月 5 日 ', '2024-03-05'],
    ['２０２４年３月５日', '2024-03-05'],
    ['２０２４．３．１５', '2024-03-15'],
    ['2024。3。15', '2024-03-15'],
    ['2024-3-5', '2024-03-05'],
  ])('%s', (raw, iso) => {
    expect(parseWrittenDate(raw)).toEqual(ok(day(iso)));
  });

  it('reads every ISO day of 2024 (what Excel date cells become) as that day, year or no year given', () => {
    for (let t = Date.UTC(2024, 0, 1); t <= Date.UTC(2024, 11, 31); t += 86_400_000) {
      const iso = new Date(t).toISOString().slice(0, 10);
      expect(parseWrittenDate(iso)).toEqual(ok(day(iso)));
      expect(parseWrittenDate(iso, { year: 2030 })).toEqual(ok(day(iso)));
      const [y, m, d] = iso.split('-').map(Number);
      expect(parseWrittenDate(`${y}年${m}月${d}日`)).toEqual(ok(day(iso)));
      expect(parseWrittenDate(`${y}.${m}.${d}`)).toEqual(ok(day(iso)));
      expect(parseWrittenDate(iso.replace(/-/g, ''))).toEqual(ok(day(iso)));
    }
  });
});

describe('dates without a year', () => {
  it('take the year of the import', () => {
    expect(parseWrittenDate('3月5日', { year: 2024 })).toEqual(ok(day('2024-03-05')));
    expect(parseWrittenDate('3月5号', { year: 2024 })).toEqual(ok(day('2024-03-05')));
    expect(parseWrittenDate('7月', { year: 2025 })).toEqual(ok(month('2025-07-01', '2025-07-31')));
    expect(parseWrittenDate('10月至11月', { year: 2023 })).toEqual(ok(month('2023-10-01', '2023-11-30')));
    expect(parseWrittenDate('3月15日至17日', { year: 2024 })).toEqual(ok(day('2024-03-15', '2024-03-17')));
  });

  it('ask for the year when the import has none', () => {
    const needs = { ok: false, needsYear: true, reason: '“3月5日”没有写年份，请在导入设置中填写年份' };
    expect(parseWrittenDate('3月5日')).toEqual(needs);
    expect(parseWrittenDate(' 3月5日 ', { year: null })).toEqual(needs);
    for (const raw of ['7月', '10月至11月', '3月15日至17日']) {
      expect(parseWrittenDate(raw)).toMatchObject({ ok: false, needsYear: true, reason: `“${raw}”没有写年份，请在导入设置中填写年份` });
    }
  });

  it('are not read from 3.5 or 3/5, which could be a number or either order', () => {
    for (const raw of ['3.5', '3/5', '3-5', '5日']) {
      const result = parseWrittenDate(raw, { year: 2024 });
      expect(result).toMatchObject({ ok: false, reason: expect.stringContaining('不是可识别的日期') });
      expect(result).not.toHaveProperty('needsYear');
    }
  });

  it('a year written in the text wins over the import year', () => {
    expect(parseWrittenDate('2023年3月5日', { year: 2024 })).toEqual(ok(day('2023-03-05')));
  });
});

describe('months', () => {
  it.each([
    ['2025年7月', '2025-07-01', '2025-07-31'],
    ['2025年7月份', '2025-07-01', '2025-07-31'],
    ['2025.7', '2025-07-01', '2025-07-31'],
    ['2025-07', '2025-07-01', '2025-07-31'],
    ['2025/7', '2025-07-01', '2025-07-31'],
    ['2024年2月', '2024-02-01', '2024-02-29'],
    ['2023年2月', '2023-02-01', '2023-02-28'],
    ['２０２５年７月', '2025-07-01', '2025-07-31'],
  ])('%s', (raw, date, endDate) => {
    expect(parseWrittenDate(raw)).toEqual(ok(month(date, endDate)));
  });

  it.each([
    ['2023年10月至11月', '2023-10-01', '2023-11-30'],
    ['2023年10月-11月', '2023-10-01', '2023-11-30'],
    ['2023年10月—12月', '2023-10-01', '2023-12-31'],
    ['2023年10月——12月', '2023-10-01', '2023-12-31'],
    ['2023年10月~11月', '2023-10-01', '2023-11-30'],
    ['2023年10月～11月', '2023-10-01', '2023-11-30'],
    ['2023年10月到11月', '2023-10-01', '2023-11-30'],
    ['2023.10-2023.11', '2023-10-01', '2023-11-30'],
    ['2023.10-11', '2023-10-01', '2023-11-30'],
    ['2023-10至2023-12', '2023-10-01', '2023-12-31'],
    ['2023年11月至2024年1月', '2023-11-01', '2024-01-31'],
    ['2023.11-2024.2', '2023-11-01', '2024-02-29'],
    ['2023 年 10 月 至 11 月', '2023-10-01', '2023-11-30'],
  ])('range %s', (raw, date, endDate) => {
    expect(parseWrittenDate(raw)).toEqual(ok(month(date, endDate)));
  });
});

describe('day ranges', () => {
  it.each([
    ['2024年3月15日至17日', '2024-03-15', '2024-03-17'],
    ['2024年3月15日至4月2日', '2024-03-15', '2024-04-02'],
    ['2024年12月30日至2025年1月3日', '2024-12-30', '2025-01-03'],
    ['2024年3月15日-17日', '2024-03-15', '2024-03-17'],
    ['2024.3.15-3.17', '2024-03-15', '2024-03-17'],
    ['2024.3.15-17', '2024-03-15', '2024-03-17'],
    ['2024.3.15-2024.3.17', '2024-03-15', '2024-03-17'],
    ['2024-03-15-2024-03-17', '2024-03-15', '2024-03-17'],
    ['2024-03-15至2024-03-17', '2024-03-15', '2024-03-17'],
    ['2024/3/15~3/17', '2024-03-15', '2024-03-17'],
    ['20240315-20240317', '2024-03-15', '2024-03-17'],
    ['２０２４年３月１５日至１７日', '2024-03-15', '2024-03-17'],
  ])('%s', (raw, date, endDate) => {
    expect(parseWrittenDate(raw)).toEqual(ok(day(date, endDate)));
  });

  it('a range that starts and ends on the same day is that day', () => {
    expect(parseWrittenDate('2024.3.15-3.15')).toEqual(ok(day('2024-03-15')));
  });

  it('sides written two different ways are not a range', () => {
    for (const raw of ['2024.3.15-3月17日', '2024年3月15日至3.17', '2024年3月15日至4月', '2023年10月至11月5日', '2024/3/15-3.17']) {
      expect(parseWrittenDate(raw)).toMatchObject({ ok: false, reason: expect.stringContaining('不是可识别的日期') });
    }
  });
});

describe('years', () => {
  it.each(['2026', '2026年', '2026年度', '2026全年', '2026年全年', '２０２６年度'])('%s', (raw) => {
    expect(parseWrittenDate(raw)).toEqual(ok({ date: '2026-01-01', endDate: '2026-12-31', precision: 'year' }));
  });

  it('a range of years is not one entry', () => {
    expect(parseWrittenDate('2023-2024')).toMatchObject({ ok: false, reason: expect.stringContaining('不是可识别的日期') });
  });
});

describe('refusals', () => {
  it('names a day that does not exist, in the words of the rest of the app', () => {
    expect(parseWrittenDate('2024年2月30日')).toEqual({ ok: false, reason: '“2024年2月30日”这一天不存在（2024年2月只有29天）' });
    expect(parseWrittenDate('2023-02-29')).toEqual({ ok: false, reason: '“2023-02-29”这一天不存在（2023年2月只有28天）' });
    expect(parseWrittenDate('2024.13.1')).toEqual({ ok: false, reason: '“2024.13.1”这一天不存在（没有13月）' });
    expect(parseWrittenDate('2月30日', { year: 2024 })).toEqual({ ok: false, reason: '“2月30日”这一天不存在（2024年2月只有29天）' });
    expect(parseWrittenDate('2024年2月28日至30日')).toEqual({ ok: false, reason: '“2024年2月28日至30日”这一天不存在（2024年2月只有29天）' });
  });

  it('names a month that does not exist', () => {
    expect(parseWrittenDate('2025年13月')).toEqual({ ok: false, reason: '“2025年13月”这个月不存在（没有13月）' });
    expect(parseWrittenDate('2025年10月至13月')).toEqual({ ok: false, reason: '“2025年10月至13月”这个月不存在（没有13月）' });
    expect(parseWrittenDate('2025.0')).toEqual({ ok: false, reason: '“2025.0”这个月不存在（没有0月）' });
  });

  it('names the allowed range for dates outside it', () => {
    const range = '超出可填写的范围：日期应在 1949-01-01 至 2100-12-31 之间';
    expect(parseWrittenDate('1900/1/1')).toEqual({ ok: false, reason: `“1900/1/1”${range}` });
    expect(parseWrittenDate('1948年12月')).toEqual({ ok: false, reason: `“1948年12月”${range}` });
    expect(parseWrittenDate('2101')).toEqual({ ok: false, reason: `“2101”${range}` });
    expect(parseWrittenDate('2100年12月至2101年1月')).toEqual({ ok: false, reason: `“2100年12月至2101年1月”${range}` });
    expect(parseWrittenDate('3月5日', { year: 1900 })).toEqual({ ok: false, reason: `“3月5日”${range}` });
    expect(parseWrittenDate('2100年度')).toMatchObject({ ok: true });
    expect(parseWrittenDate('1949-01-01')).toMatchObject({ ok: true });
  });

  it('refuses an end before the start', () => {
    expect(parseWrittenDate('2024年3月17日至15日')).toEqual({ ok: false, reason: '“2024年3月17日至15日”结束早于开始' });
    expect(parseWrittenDate('2023年11月至10月')).toEqual({ ok: false, reason: '“2023年11月至10月”结束早于开始' });
    expect(parseWrittenDate('2024.3.17-2023.3.18')).toEqual({ ok: false, reason: '“2024.3.17-2023.3.18”结束早于开始' });
    expect(parseWrittenDate('12月至1月', { year: 2024 })).toEqual({ ok: false, reason: '“12月至1月”结束早于开始' });
  });

  it('says which forms it reads when the text is not a date', () => {
    expect(parseWrittenDate('下旬')).toEqual({
      ok: false,
      reason: '“下旬”不是可识别的日期，可写成 2024-03-15、2024.3.15、2024年3月15日、2025年7月 或 2023年10月至11月',
    });
    for (const raw of ['三月五日', '2024年', '2024年5日', '2024年3月5日至', '至2024年3月5日', '2024.3', '2024-03-15 10:30', '45000', '202403']) {
      const result = parseWrittenDate(raw);
      if (raw === '2024年' || raw === '2024.3') expect(result.ok).toBe(true);
      else expect(result).toMatchObject({ ok: false, reason: expect.stringContaining('不是可识别的日期') });
    }
    expect(parseWrittenDate('  ')).toEqual({ ok: false, reason: '没有填写日期' });
  });
});

describe('property: what is read is a real range', () => {
  it('every day form of every month of 2023–2025 gives a real day, and every month form that month', () => {
    for (const y of [2023, 2024, 2025]) {
      for (let m = 1; m <= 12; m++) {
        const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
        const mm = String(m).padStart(2, '0');
        expect(parseWrittenDate(`${y}年${m}月`)).toEqual(ok(month(`${y}-${mm}-01`, `${y}-${mm}-${last}`)));
        expect(parseWrittenDate(`${y}.${m}`)).toEqual(ok(month(`${y}-${mm}-01`, `${y}-${mm}-${last}`)));
        expect(parseWrittenDate(`${y}年${m}月${last + 1}日`)).toMatchObject({ ok: false, reason: expect.stringContaining('这一天不存在') });
        expect(parseWrittenDate(`${y}年${m}月1日至${last}日`)).toEqual(ok(day(`${y}-${mm}-01`, `${y}-${mm}-${last}`)));
      }
    }
  });
});

describe('yearFromName', () => {
  it.each([
    ['2024年普法台账.xlsx', 2024],
    ['学法台账（2023）', 2023],
    ['学法台账(2023).xls', 2023],
    ['某某局２０２２年度法治工作台账', 2022],
    ['2024-2025学年法治进校园', 2024],
    ['第12345号 2021年台账', 2021],
    ['0001 1949年', 1949],
  ])('%s → %s', (name, y) => {
    expect(yearFromName(name)).toBe(y);
  });

  it.each(['台账', '20240315台账', '12345热线台账', '第3000号', '1948年台账', 'Sheet1'])('%s → null', (name) => {
    expect(yearFromName(name)).toBeNull();
  });
});
