import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { activityToFormValues, formDates } from '../../renderer/pages/ledger/activity-form-values';
import { historyValueText } from '../../renderer/pages/ledger/history/history-text';
import { datePrecisionProblem, monthEnd } from '../../shared/domain/date-precision';
import { allEntriesRow, whenText } from '../../shared/domain/ledger-tables';
import { entryLabel } from '../../shared/report/readiness/entry-label';
import { sampleActivity } from '../helpers/sample-activity';

// A date known only to the month or year: which spans fit, how the form turns its pickers into one,
// and how the 台账 tables, the 年报体检 and the history say it.

describe('datePrecisionProblem', () => {
  it('takes any dates known to the day, and for a month or year only the whole span', () => {
    expect(datePrecisionProblem('2025-07-15', null, 'day')).toBeNull();
    expect(datePrecisionProblem('2025-07-01', '2025-07-31', 'month')).toBeNull();
    expect(datePrecisionProblem('2024-02-01', '2024-02-29', 'month')).toBeNull();
    expect(datePrecisionProblem('2023-10-01', '2024-12-31', 'month')).toBeNull();
    expect(datePrecisionProblem('2026-01-01', '2026-12-31', 'year')).toBeNull();
    expect(datePrecisionProblem('2023-02-01', '2023-02-29', 'month')).toMatch(/2023-02-28/);
    expect(datePrecisionProblem('2023-10-01', '2025-01-31', 'month')).toMatch(/次年/);
    expect(datePrecisionProblem('2026-01-01', '2027-12-31', 'year')).toMatch(/同一年/);
    expect(datePrecisionProblem('2026-01-01', null, 'year')).toMatch(/同一年/);
  });

  it('knows the last day of a month', () => {
    expect(monthEnd('2024-02')).toBe('2024-02-29');
    expect(monthEnd('2023-12-05')).toBe('2023-12-31');
  });
});

describe('the form’s date pickers', () => {
  it('give a day as picked, months from the 1st to the last day, a year from 1 January to 31 December', () => {
    expect(formDates({ date: dayjs('2025-03-15'), endDate: dayjs('2025-03-17'), datePrecision: 'day' })).toEqual({ date: '2025-03-15', endDate: '2025-03-17', datePrecision: 'day' });
    expect(formDates({ date: dayjs('2025-03-15'), endDate: null })).toEqual({ date: '2025-03-15', endDate: null, datePrecision: 'day' });
    expect(formDates({ date: dayjs('2025-07-15'), endDate: null, datePrecision: 'month' })).toEqual({ date: '2025-07-01', endDate: '2025-07-31', datePrecision: 'month' });
    expect(formDates({ date: dayjs('2023-10-01'), endDate: dayjs('2023-11-01'), datePrecision: 'month' })).toEqual({ date: '2023-10-01', endDate: '2023-11-30', datePrecision: 'month' });
    expect(formDates({ date: dayjs('2026-05-01'), endDate: dayjs('2026-05-03'), datePrecision: 'year' })).toEqual({ date: '2026-01-01', endDate: '2026-12-31', datePrecision: 'year' });
  });

  it('show a one-month entry with its end box empty, and give back the same dates unchanged', () => {
    const one = sampleActivity({ date: '2025-07-01', endDate: '2025-07-31', datePrecision: 'month' });
    const values = activityToFormValues(one);
    expect(values.endDate).toBeNull();
    expect(formDates(values)).toEqual({ date: '2025-07-01', endDate: '2025-07-31', datePrecision: 'month' });
    const two = sampleActivity({ date: '2023-10-01', endDate: '2023-11-30', datePrecision: 'month' });
    expect(formDates(activityToFormValues(two))).toEqual({ date: '2023-10-01', endDate: '2023-11-30', datePrecision: 'month' });
    const year = sampleActivity({ date: '2026-01-01', endDate: '2026-12-31', datePrecision: 'year' });
    expect(activityToFormValues(year).endDate).toBeNull();
    expect(formDates(activityToFormValues(year))).toEqual({ date: '2026-01-01', endDate: '2026-12-31', datePrecision: 'year' });
  });
});

describe('where a date is shown', () => {
  const month = sampleActivity({ title: '民法典宣传', date: '2023-10-01', endDate: '2023-11-30', datePrecision: 'month' });

  it('the 台账 tables write it as written, the day as before', () => {
    expect(whenText(month)).toBe('2023年10月至11月');
    expect(whenText({ date: '2024-01-02', endDate: '2024-01-05' })).toBe('2024-01-02至2024-01-05');
    expect(allEntriesRow(month, [], []).slice(0, 2)).toEqual(['2023年10月至11月', '']);
  });

  it('the 年报体检 names the entry by what it knows', () => {
    expect(entryLabel('民法典宣传', '2023-10-01', 'month', '2023-11-30')).toBe('“民法典宣传”（2023年10月至11月）');
    expect(entryLabel('集体学法', '2026-01-01', 'year', '2026-12-31')).toBe('“集体学法”（2026年）');
    expect(entryLabel('法治讲座', '2025-06-20')).toBe('“法治讲座”（2025年6月20日）');
  });

  it('the history says a precision in words', () => {
    expect(historyValueText('datePrecision', 'day')).toBe('精确到日');
    expect(historyValueText('datePrecision', 'month')).toBe('只到月');
    expect(historyValueText('datePrecision', 'year')).toBe('只到年');
  });
});
