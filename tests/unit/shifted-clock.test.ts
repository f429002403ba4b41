import { describe, expect, it } from 'vitest';
import { shiftedClock } from '../../electron/cli/shifted-clock';
import { localToday } from '../../electron/handlers/local-today';

describe('shiftedClock (fazhi web --today)', () => {
  it('reads the given local date and keeps running from there', () => {
    let real = new Date(2026, 10, 23, 9, 30, 0).getTime();
    const clock = shiftedClock('2026-12-01', () => real);
    if ('error' in clock) throw new Error(clock.error);
    const first = clock.now();
    expect(localToday(first)).toBe('2026-12-01');
    real += 90_000;
    expect(Date.parse(clock.now()) - Date.parse(first)).toBe(90_000);
  });

  it('refuses a date that does not exist, in Chinese', () => {
    expect(shiftedClock('2026-02-30')).toEqual({ error: expect.stringContaining('这一天不存在') });
    expect(shiftedClock('12月1日')).toEqual({ error: expect.stringContaining('年-月-日') });
  });
});
