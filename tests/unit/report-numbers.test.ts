import { describe, expect, it } from 'vitest';
import type { ActivityPeriod } from '../../shared/domain/activity';
import type { EntryMetric } from '../../shared/domain/metric';
import { metricWords, totalClause } from '../../shared/report/numbers/metric-phrases';
import type { TotalsEntry } from '../../shared/report/numbers/metric-totals';
import { computeTotals, findTotal } from '../../shared/report/numbers/metric-totals';
import { formatDecimal, formatPercent, ratePercent } from '../../shared/report/numbers/number-format';
import { phraseQuantity, phraseRate, phraseYearOnYear } from '../../shared/report/numbers/quantity-phrase';

// §7 of the report reference: how figures are written.

const q = (value: number, unit: string, approximate = false) => ({ value, unit, approximate });

describe('phraseQuantity', () => {
  it('writes number then 量词 with no space, Arabic numerals', () => {
    expect(phraseQuantity(q(500, '份'))).toBe('500份');
    expect(phraseQuantity(q(38, '件'))).toBe('38件');
    expect(phraseQuantity(q(73, '家次'))).toBe('73家次');
    expect(phraseQuantity(q(3, ''))).toBe('3');
  });

  it('writes 余 only when the figure is approximate', () => {
    expect(phraseQuantity(q(800, '册', true))).toBe('800余册');
    expect(phraseQuantity(q(800, '册'))).toBe('800册');
    expect(phraseQuantity(q(80000, '份', true))).toBe('8万余份');
  });

  it('uses 万 for large round figures, never for a unit already in 万, never where it would lose digits', () => {
    expect(phraseQuantity(q(26000, '条'))).toBe('2.6万条');
    expect(phraseQuantity(q(125000, '元'))).toBe('12.5万元');
    expect(phraseQuantity(q(12.5, '万元'))).toBe('12.5万元');
    expect(phraseQuantity(q(2.6, '万条'))).toBe('2.6万条');
    expect(phraseQuantity(q(12000, '万元'))).toBe('12000万元');
    expect(phraseQuantity(q(12345, '条'))).toBe('12345条');
    expect(phraseQuantity(q(9999, '人次'))).toBe('9999人次');
    expect(phraseQuantity(q(12345, '条', true))).toBe('1.2万余条');
  });

  it('writes rates with at most 2 decimals and a half-width %', () => {
    expect(phraseQuantity(q(100, '%'))).toBe('100%');
    expect(phraseQuantity(q(96.6666, '%'))).toBe('96.67%');
    expect(phraseRate(100)).toBe('为100%');
  });
});

describe('rates and 同比 from stored counts', () => {
  it('58 of 60 is 96.67%, not the 98.3% a real report printed', () => {
    const percent = ratePercent(58, 60);
    expect(percent && formatPercent(percent)).toBe('96.67');
    expect(ratePercent(1, 0)).toBeUndefined();
  });

  it('同比下降12.5%（上年为8件）, 上升, 持平, and nothing against a year of 0', () => {
    expect(phraseYearOnYear(7, q(8, '件'))).toBe('同比下降12.5%（上年为8件）');
    expect(phraseYearOnYear(12, q(8, '件'))).toBe('同比上升50%（上年为8件）');
    expect(phraseYearOnYear(8, q(8, '件'))).toBe('与上年持平（上年为8件）');
    expect(phraseYearOnYear(3, q(0, '件'))).toBeUndefined();
  });

  it('formats decimals decimally, without trailing zeros', () => {
    expect(formatDecimal(1.005, 2)).toBe('1.01');
    expect(formatDecimal(12.5, 4)).toBe('12.5');
    expect(formatDecimal(10, 0)).toBe('10');
    expect(formatDecimal(2.675, 2)).toBe('2.68');
  });
});

let n = 0;
function entry(period: ActivityPeriod, date: string, metrics: Partial<EntryMetric>[]): TotalsEntry {
  n += 1;
  return { id: `e${n}`, date, title: `条目${n}`, period, metrics: metrics.map((m) => ({ name: '办理案件', value: 0, unit: '件', approximate: false, ...m })) };
}

describe('computeTotals: events and period counters, never counted twice', () => {
  it('sums single events; any approximate value makes the total approximate', () => {
    const list = [entry('', '2024-03-01', [{ name: '发放资料', value: 500, unit: '份' }]), entry('', '2024-05-01', [{ name: '发放资料', value: 300, unit: '份', approximate: true }])];
    expect(findTotal(computeTotals(list).totals, '发放资料')).toMatchObject({ value: 800, approximate: true, sources: list.map((e) => e.id) });
  });

  it('quarter totals sum to the year; two offices in one quarter add up', () => {
    const list = [
      entry('quarter', '2024-03-31', [{ value: 3 }]),
      entry('quarter', '2024-06-30', [{ value: 5 }]),
      entry('quarter', '2024-06-30', [{ value: 1 }]),
      entry('quarter', '2024-12-31', [{ value: 2 }]),
    ];
    const { totals, notes } = computeTotals(list);
    expect(findTotal(totals, '办理案件')?.value).toBe(11);
    expect(notes).toEqual([]);
  });

  it('prefers a year total over quarter totals of the same metric, and says so', () => {
    const year = entry('year', '2024-12-31', [{ value: 48 }]);
    const quarter = entry('quarter', '2024-03-31', [{ value: 12 }]);
    const { totals, notes } = computeTotals([quarter, year]);
    expect(findTotal(totals, '办理案件')).toMatchObject({ value: 48, sources: [year.id] });
    expect(notes).toEqual([expect.objectContaining({ code: 'counter-overlap', sources: [quarter.id] })]);
    expect(notes[0]?.message).toContain('已采用年度汇总');
  });

  it('takes a quarter from its own total rather than from its months; months fill quarters without one', () => {
    const jan = entry('month', '2024-01-31', [{ value: 4 }]);
    const q1 = entry('quarter', '2024-03-31', [{ value: 10 }]);
    const apr = entry('month', '2024-04-30', [{ value: 2 }]);
    const may = entry('month', '2024-05-31', [{ value: 3 }]);
    const { totals, notes } = computeTotals([jan, q1, apr, may]);
    expect(findTotal(totals, '办理案件')?.value).toBe(15);
    expect(notes.map((x) => x.sources)).toEqual([[jan.id]]);
  });

  it('never adds rates; uses the one value, or the year total’s among different ones, with a warning', () => {
    const a = entry('', '2024-03-01', [{ name: '公示率', value: 100, unit: '%' }]);
    const b = entry('', '2024-06-01', [{ name: '公示率', value: 100, unit: '%' }]);
    expect(findTotal(computeTotals([a, b]).totals, '公示率')?.value).toBe(100);
    const c = entry('year', '2024-01-01', [{ name: '公示率', value: 98, unit: '%' }]);
    const result = computeTotals([a, c]);
    expect(findTotal(result.totals, '公示率')?.value).toBe(98);
    expect(result.notes[0]?.code).toBe('rate-ambiguous');
  });

  it('keeps different units of one metric apart and warns', () => {
    const result = computeTotals([entry('', '2024-01-01', [{ name: '发放资料', value: 5, unit: '份' }]), entry('', '2024-01-02', [{ name: '发放资料', value: 3, unit: '册' }])]);
    expect(result.totals).toHaveLength(2);
    expect(result.notes.map((x) => x.code)).toEqual(['metric-unit-mixed']);
  });
});

describe('metric words', () => {
  const totals = computeTotals([
    entry('', '2024-05-01', [
      { name: '参加考试', value: 60, unit: '人' },
      { name: '考试通过', value: 58, unit: '人' },
      { name: '通过率', value: 98.3, unit: '%' },
    ]),
    entry('year', '2024-12-31', [{ name: '办理案件', value: 7, unit: '件' }]),
  ]).totals;
  const ctx = { totals, lastYear: [{ name: '办理案件', unit: '件', value: 8, approximate: false, sources: [] }], rates: [{ name: '通过率', numerator: '考试通过', denominator: '参加考试' }] };

  it('computes a rate with a rule from the counts, ignoring a typed percentage', () => {
    expect(metricWords(ctx, { kind: 'metric', name: '通过率', yoy: false })?.text).toBe('96.67%');
    expect(metricWords(ctx, { kind: 'rate', numerator: '考试通过', denominator: '参加考试' })?.text).toBe('96.67%');
    expect(metricWords({ ...ctx, rates: [] }, { kind: 'metric', name: '通过率', yoy: false })?.text).toBe('98.3%');
  });

  it('adds 同比 when asked and last year has the figure; nothing for a metric the year lacks', () => {
    expect(metricWords(ctx, { kind: 'metric', name: '办理案件', yoy: true })?.text).toBe('7件，同比下降12.5%（上年为8件）');
    expect(metricWords(ctx, { kind: 'metric', name: '办理案件', yoy: false })?.text).toBe('7件');
    expect(metricWords(ctx, { kind: 'metric', name: '罚款', yoy: false })).toBeUndefined();
  });

  it('writes automatic clauses as 名称共N量词 and 名称为X%', () => {
    expect(totalClause(ctx, findTotal(totals, '办理案件')!)).toBe('办理案件共7件，同比下降12.5%（上年为8件）');
    expect(totalClause(ctx, findTotal(totals, '通过率')!)).toBe('通过率为96.67%');
  });
});
