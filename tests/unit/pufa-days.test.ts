import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../../shared/domain/calendar-days';
import { PUFA_DAYS, pufaDaysOn, upcomingPufaDays } from '../../shared/domain/pufa-days';

const names = (list: { name: string }[]) => list.map((d) => d.name);

describe('the 普法 days data', () => {
  it('holds the days of the ledger reference, each with a real date and a unique key', () => {
    expect(PUFA_DAYS.map((d) => d.label)).toEqual(['3·15', '3·18', '4·15', '4·26', '5月', '5·19', '6月', '6·16', '6·26', '12·2', '12·4']);
    expect(new Set(PUFA_DAYS.map((d) => d.key)).size).toBe(PUFA_DAYS.length);
    expect(PUFA_DAYS.find((d) => d.label === '12·4')!.name).toBe('国家宪法日');
    expect(PUFA_DAYS.find((d) => d.label === '5月')).toMatchObject({ name: '民法典宣传月', day: null });
  });
});

describe('pufaDaysOn', () => {
  it('finds a single day', () => {
    expect(names(pufaDaysOn('2024-12-04'))).toEqual(['国家宪法日']);
    expect(pufaDaysOn('2024-12-04')[0]).toMatchObject({ date: '2024-12-04', endDate: '2024-12-04', daysUntil: 0 });
  });

  it('finds a month-long observance on any of its days, with the day itself', () => {
    expect(names(pufaDaysOn('2024-06-26'))).toEqual(['安全生产月', '国际禁毒日']);
    expect(pufaDaysOn('2024-05-31')[0]).toMatchObject({ name: '民法典宣传月', date: '2024-05-01', endDate: '2024-05-31' });
  });

  it('finds nothing on an ordinary day', () => {
    expect(pufaDaysOn('2024-08-08')).toEqual([]);
  });
});

describe('upcomingPufaDays', () => {
  it('lists the days within the window, both ends included, soonest first', () => {
    const list = upcomingPufaDays('2024-03-15', 31);
    expect(list.map((d) => [d.label, d.daysUntil])).toEqual([
      ['3·15', 0],
      ['3·18', 3],
      ['4·15', 31],
    ]);
  });

  it('counts a month already under way as today, and one about to start by its first day', () => {
    expect(upcomingPufaDays('2024-05-20', 13).map((d) => [d.name, d.daysUntil])).toEqual([
      ['民法典宣传月', 0],
      ['安全生产月', 12],
    ]);
  });

  it('runs on into next year', () => {
    expect(upcomingPufaDays('2024-12-05', 60)).toEqual([]);
    const spring = upcomingPufaDays('2025-01-20', 60);
    expect(spring.map((d) => d.date)).toEqual(['2025-03-15', '2025-03-18']);
    const late = upcomingPufaDays('2024-11-30', 60);
    expect(late.map((d) => d.date)).toEqual(['2024-12-02', '2024-12-04']);
    const wrap = upcomingPufaDays('2025-12-10', 100);
    expect(wrap.map((d) => d.date)).toEqual(['2026-03-15', '2026-03-18']);
  });

  it('gives copies: changing a result does not change the data', () => {
    const [first] = upcomingPufaDays('2024-03-15', 0);
    first!.tags.push('改');
    expect(PUFA_DAYS[0]!.tags).not.toContain('改');
  });
});

describe('whole-day arithmetic', () => {
  it.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2024-12-31', 1, '2025-01-01'],
    ['2024-03-10', -10, '2024-02-29'],
  ])('%s + %i = %s', (from, n, to) => {
    expect(addDays(from, n)).toBe(to);
    expect(daysBetween(from, to)).toBe(n);
  });
});
