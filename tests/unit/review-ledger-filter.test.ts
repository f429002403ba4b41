import { describe, expect, it } from 'vitest';
import { CLEARED, countMoreFilters, hasAnyFilter, hasMoreFilters, initialFilter, toExportInput, toListInput } from '../../renderer/pages/ledger/ledger-filter';
import { activityListInput } from '../../shared/domain/activity';
import { ledgerExportInput } from '../../shared/domain/ledger-io';

// The 状态 filter of host mode goes to the list and the export like the other filters, opens 更多筛选
// by itself, and 清空 takes it off.

describe('the 状态 filter', () => {
  const filtered = { ...initialFilter(), reviewStatus: 'returned' as const };

  it('is sent to the list and the export, and both accept it', () => {
    const list = toListInput(filtered, 1, 20);
    expect(list.reviewStatus).toBe('returned');
    expect(activityListInput.safeParse(list).success).toBe(true);
    const exported = toExportInput(filtered);
    expect(exported.reviewStatus).toBe('returned');
    expect(ledgerExportInput.safeParse(exported).success).toBe(true);
  });

  it('is not sent when not chosen, so the list is as before', () => {
    expect(toListInput(initialFilter(), 1, 20).reviewStatus).toBeUndefined();
  });

  it('counts as one of the filters behind 更多筛选, and 清空 takes it off', () => {
    expect(hasMoreFilters(filtered)).toBe(true);
    expect(hasAnyFilter({ ...filtered, ...CLEARED })).toBe(false);
  });

  it('is counted on the 更多筛选 badge, with the other filters behind it', () => {
    expect(countMoreFilters(initialFilter())).toBe(0);
    expect(countMoreFilters(filtered)).toBe(1);
    expect(countMoreFilters({ ...filtered, department: '办公室', from: '2026-01-01', to: '2026-03-31' })).toBe(3);
    expect(countMoreFilters({ ...filtered, ...CLEARED })).toBe(0);
  });
});

describe('the 更多筛选 badge', () => {
  it('counts 来源：本单位 (an empty origin) as a filter, as its tag below the bar shows it', () => {
    expect(countMoreFilters({ ...initialFilter(), origin: '' })).toBe(1);
    expect(hasMoreFilters({ ...initialFilter(), origin: '' })).toBe(true);
  });

  it('counts every filter behind the button once, and none of those in front of it', () => {
    const all = { ...initialFilter(), from: '2026-01-01', department: '法制科', origin: '某某镇', tag: '宪法', leaderRole: 'any' as const, evidence: 'without' as const, reviewStatus: 'draft' as const };
    expect(countMoreFilters(all)).toBe(7);
    expect(countMoreFilters({ ...initialFilter(), categoryId: 3, text: '普法' })).toBe(0);
  });
});
