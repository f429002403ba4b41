import { describe, expect, it } from 'vitest';
import type { ActivityCreateInput } from '../../shared/domain/activity';
import { describeEdits } from '../../renderer/pages/review/edit-summary';

// After a save conflict the person's own changes are written out to copy before 重新载入.

describe('describeEdits (what to copy before 重新载入)', () => {
  const opened: ActivityCreateInput = {
    date: '2026-03-15',
    endDate: null,
    datePrecision: 'day',
    categoryId: 1,
    title: '“3·15”普法宣传',
    summary: '',
    department: '法规科',
    participantCount: null,
    tags: ['消费者权益'],
    metrics: [],
  };
  const names = (id: number) => (id === 1 ? '普法宣传教育' : '行政执法');

  it('lists only the fields changed, in form order, with an emptied box said as such', () => {
    const mine: ActivityCreateInput = {
      ...opened,
      categoryId: 2,
      summary: '在文化广场开展宣传，发放资料500余份。',
      department: '',
      participantCount: 30,
      tags: ['消费者权益', '进社区'],
      metrics: [{ name: '发放资料', value: 500, unit: '份', approximate: true }],
    };
    expect(describeEdits(opened, mine, names).split('\n')).toEqual([
      '类别：行政执法',
      '内容摘要：在文化广场开展宣传，发放资料500余份。',
      '承办科室：（空）',
      '参加人数：30',
      '标签：消费者权益、进社区',
      '指标：发放资料500余份',
    ]);
  });

  it('is empty when nothing was changed (absent and empty count as the same)', () => {
    expect(describeEdits(opened, { ...opened, summary: undefined, details: '' }, names)).toBe('');
  });
});
