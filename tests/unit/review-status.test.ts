import { describe, expect, it } from 'vitest';
import { REVIEW_STATUSES } from '../../shared/domain/review';
import { STATUS_FILTER_OPTIONS, statusLook, statusTooltip } from '../../renderer/pages/review/review-status';

describe('status tags', () => {
  it('say each status in the office’s words and colours', () => {
    expect(statusLook('draft')).toEqual({ text: '草稿', color: undefined });
    expect(statusLook('submitted')).toEqual({ text: '已提交', color: 'processing' });
    expect(statusLook('approved')).toEqual({ text: '已审核', color: 'success' });
    expect(statusLook('returned')).toEqual({ text: '退回', color: 'error' });
    expect(statusLook(undefined).text).toBe('草稿');
  });

  it('show the reason of a 退回 on hover, and nothing for the others', () => {
    expect(statusTooltip('returned', ' 缺少参加人数 ')).toBe('退回原因：缺少参加人数');
    expect(statusTooltip('returned', '')).toBe('已退回，审核员未写原因');
    expect(statusTooltip('approved', '旧的原因')).toBeUndefined();
  });

  it('offer every status once in the 状态 filter', () => {
    expect(STATUS_FILTER_OPTIONS.map((o) => o.value).sort()).toEqual([...REVIEW_STATUSES].sort());
  });
});
