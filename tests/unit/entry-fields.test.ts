import { sampleActivity } from '../helpers/sample-activity';
import { describe, expect, it } from 'vitest';
import type { Activity } from '../../shared/domain/activity';
import { ACTIVITY_FIELD_LABELS, activityCreateInput } from '../../shared/domain/activity';
import { stripBookTitleMarks } from '../../shared/domain/activity-doc-title';
import { HISTORY_FIELDS, HISTORY_FIELD_LABELS, activityChanges, activitySnapshot } from '../../shared/domain/history';
import { metricValueText } from '../../shared/domain/metric';
import { parseInput } from '../../shared/validation/format-issues';
import { AppError } from '../../shared/errors';

describe('stripBookTitleMarks', () => {
  it.each([
    ['《关于开展普法宣传的通知》', '关于开展普法宣传的通知'],
    [' 《 关于开展普法宣传的通知 》 ', '关于开展普法宣传的通知'],
    ['《《双层》》', '双层'],
    ['关于印发《X办法》的通知', '关于印发《X办法》的通知'],
    ['《关于印发〈X办法〉的通知》', '关于印发〈X办法〉的通知'],
    ['《关于印发《X办法》的通知》', '关于印发《X办法》的通知'],
    ['《A》和《B》', '《A》和《B》'],
    ['《只有开头', '《只有开头'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(stripBookTitleMarks(input)).toBe(expected);
  });
});

describe('metricValueText', () => {
  it('writes 余 after an approximate value', () => {
    expect(metricValueText({ value: 800, approximate: true })).toBe('800余');
    expect(metricValueText({ value: 12.5, approximate: false })).toBe('12.5');
  });
});

describe('metric messages', () => {
  it('name the metric by its position and part: 指标第2项数值', () => {
    const input = { date: '2024-01-01', categoryId: 1, title: '学法', metrics: [{ name: '参学', value: 1 }, { name: '学时', value: '三十' }] };
    let caught: unknown;
    try {
      parseInput(activityCreateInput, input, ACTIVITY_FIELD_LABELS);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).message).toBe('指标第2项数值：应为数字');
    expect((caught as AppError).fields).toEqual({ 'metrics.1.value': '指标第2项数值：应为数字' });
  });
});

const base: Activity = sampleActivity({ id: 'x', title: '学法', createdAt: 'c', updatedAt: 'u' });

describe('history: snapshot and changes', () => {
  it('a snapshot keeps only the fields filled in', () => {
    expect(activitySnapshot({ ...base, tags: ['甲'], participantCount: 0 })).toEqual({
      date: '2024-01-01',
      categoryName: '学习贯彻习近平法治思想',
      title: '学法',
      participantCount: 0,
      tags: ['甲'],
    });
  });

  it('changes list only what differs, as [old, new]; order of tags and metrics counts', () => {
    const m1 = { name: '参学', value: 1, unit: '人', approximate: false };
    const m2 = { name: '学时', value: 2, unit: '学时', approximate: false };
    const before = { ...base, tags: ['甲', '乙'], metrics: [m1, m2] };
    expect(activityChanges(before, { ...before, updatedAt: 'later', categoryId: 1 })).toEqual({});
    expect(activityChanges(before, { ...before, tags: ['乙', '甲'], endDate: '2024-01-02' })).toEqual({
      endDate: [null, '2024-01-02'],
      tags: [['甲', '乙'], ['乙', '甲']],
    });
    expect(activityChanges(before, { ...before, metrics: [m1, { ...m2, approximate: true }] })).toHaveProperty('metrics');
  });

  it('every field it follows has a Chinese label', () => {
    for (const f of HISTORY_FIELDS) expect(HISTORY_FIELD_LABELS[f]).toMatch(/^\p{Script=Han}+$/u);
    expect(HISTORY_FIELD_LABELS.categoryName).toBe(ACTIVITY_FIELD_LABELS.categoryId);
  });
});
