import { describe, expect, it } from 'vitest';
import { entryDateText, listDateText } from '../../shared/domain/entry-date-text';

describe('an entry’s date as written', () => {
  it('keeps a month or year entry to what was written, never its invented first day', () => {
    expect(entryDateText('2025-07-01', null, 'month')).toBe('2025年7月');
    expect(entryDateText('2023-10-01', '2023-11-30', 'month')).toBe('2023年10月至11月');
    expect(entryDateText('2023-12-01', '2024-01-31', 'month')).toBe('2023年12月至2024年1月');
    expect(entryDateText('2026-01-01', '2026-12-31', 'year')).toBe('2026年');
    expect(entryDateText('2025-03-02', '2025-03-04', 'day')).toBe('2025-03-02 至 2025-03-04');
    expect(entryDateText('2025-03-02', '2025-03-02', 'day')).toBe('2025-03-02');
  });

  it('in short lists shows a day entry by its first day and the others as written', () => {
    expect(listDateText({ date: '2025-03-02', endDate: '2025-03-04', datePrecision: 'day' })).toBe('2025-03-02');
    expect(listDateText({ date: '2023-10-01', endDate: '2023-11-30', datePrecision: 'month' })).toBe('2023年10月至11月');
    expect(listDateText({ date: '2026-01-01', endDate: '2026-12-31', datePrecision: 'year' })).toBe('2026年');
  });
});
