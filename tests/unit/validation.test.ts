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

describe('date messages', () => {
  const labels = { date: '日期' };
  const schema = z.object({ date: isoDate });
  const messageFor = (date: string): string => {
    try {
      parseInput(schema, { date }, labels);
    } catch (err) {
      return (err as AppError).message;
    }
    return '';
  };

  it('calls a day that exists but is out of range out of range, naming the range', () => {
    expect(messageFor('1900-01-01')).toBe('日期：超出可填写的范围：日期应在 1949-01-01 至 2100-12-31 之间');
    expect(messageFor('2101-01-01')).toBe('日期：超出可填写的范围：日期应在 1949-01-01 至 2100-12-31 之间');
    expect(messageFor('1949-01-01')).toBe('');
    expect(messageFor('2100-12-31')).toBe('');
  });

  it('says a day that does not exist does not exist, and why', () => {
    expect(messageFor('2023-02-29')).toBe('日期：这一天不存在（2023年2月只有28天）');
    expect(messageFor('2024-13-01')).toBe('日期：这一天不存在（没有13月）');
    // A date out of range and not a real day is told as not existing: that is the first thing to fix.
    expect(messageFor('1900-02-29')).toBe('日期：这一天不存在（1900年2月只有28天）');
    expect(messageFor('2024/1/1')).toBe('日期：应写成“年-月-日”，例如 2024-03-15');
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
    expect(err.fields).toMatchObject({ date: '日期：这一天不存在（2023年2月只有28天）', title: '事项标题：不能超过5个字' });
    expect(err.message).toContain('人数：应为整数');
    expect(err.message).toContain('不认识的字段：extra');
  });
});
