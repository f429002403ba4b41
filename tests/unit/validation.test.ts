import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { isRealDate, isoDate, requiredLine } from '../../shared/validation/fields';
import { parseInput } from '../../shared/validation/format-issues';
import { AppError } from '../../shared/errors';

describe('isRealDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2023-02-30', false],
    ['2024-04-31', false],
    ['2024-12-31', true],
    ['2024-13-01', false],
    ['2024-00-10', false],
    ['1948-12-31', false],
    ['2024-1-5', false],
  ])('%s → %s', (value, expected) => {
    expect(isRealDate(value)).toBe(expected);
  });
});

describe('parseInput', () => {
  const schema = z.object({ date: isoDate, title: requiredLine(5), count: z.number().int().optional() }).strict();
  const labels = { date: '日期', title: '事项标题', count: '人数' };

  it('returns the parsed value, trimmed', () => {
    expect(parseInput(schema, { date: '2024-01-02', title: ' 学法 ' }, labels)).toEqual({ date: '2024-01-02', title: '学法' });
  });

  it('names each wrong field in Chinese, once', () => {
    let caught: unknown;
    try {
      parseInput(schema, { date: '2023-02-30', title: '六个字太长了', count: 1.5, extra: 1 }, labels);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(AppError);
    const err = caught as AppError;
    expect(err.code).toBe('invalid_input');
    expect(err.fields).toMatchObject({ date: '日期：这一天不存在（或不在1949—2100年之间）', title: '事项标题：不能超过5个字' });
    expect(err.message).toContain('人数：应为整数');
    expect(err.message).toContain('不认识的字段：extra');
  });
});
