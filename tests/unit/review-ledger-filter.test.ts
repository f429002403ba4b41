import { describe, expect, it } from 'vitest';
import { CLEARED, hasAnyFilter, hasMoreFilters, initialFilter, toExportInput, toListInput } from '../../renderer/pages/ledger/ledger-filter';
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
});
