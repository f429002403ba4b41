import { describe, expect, it } from 'vitest';
import { countdownText, HOST_TOUCH_SLACK_MS, idleView, KEEP_ALIVE_EVERY_MS, needsKeepAlive } from '../../renderer/auth/idle-clock';

// The idle warning of host mode (renderer/auth/useIdleWatch.ts): when it shows, what it says, and
// when the user's own mouse and keys are told to the host. Times are plain numbers: no clock is read.

const MIN = 60_000;
const RULES = { idleMinutes: 30, warnBeforeMinutes: 5 };
const T0 = 1_700_000_000_000;

describe('idleView', () => {
  // The host may have recorded the session's activity up to HOST_TOUCH_SLACK_MS before the call.
  const S = HOST_TOUCH_SLACK_MS;

  it('is active until the warning window, warns for its last minutes, and ends at the idle time', () => {
    expect(idleView(T0, T0, RULES)).toEqual({ phase: 'active', remainingMs: 30 * MIN - S });
    expect(idleView(T0 + 25 * MIN - S - 1, T0, RULES).phase).toBe('active');
    expect(idleView(T0 + 25 * MIN - S, T0, RULES)).toEqual({ phase: 'warning', remainingMs: 5 * MIN });
    expect(idleView(T0 + 30 * MIN - S - 1, T0, RULES)).toEqual({ phase: 'warning', remainingMs: 1 });
    expect(idleView(T0 + 30 * MIN - S, T0, RULES)).toEqual({ phase: 'ended', remainingMs: 0 });
  });

  it('ends before the host can have ended the session, even when the host recorded the activity late', () => {
    // The host writes last activity at most every 30 s: the earliest it may end is idleMinutes after (call - 30 s).
    const hostEarliestEnd = T0 - 30_000 + RULES.idleMinutes * MIN;
    expect(idleView(hostEarliestEnd, T0, RULES).phase).toBe('ended');
    expect(idleView(hostEarliestEnd - 1_000, T0, RULES).phase).not.toBe('active');
  });

  it('never counts below zero after a sleeping laptop wakes long after', () => {
    expect(idleView(T0 + 8 * 60 * MIN, T0, RULES)).toEqual({ phase: 'ended', remainingMs: 0 });
  });

  it("follows the administrator's rules", () => {
    expect(idleView(T0 + 9 * MIN - S, T0, { idleMinutes: 10, warnBeforeMinutes: 1 }).phase).toBe('warning');
    expect(idleView(T0 + 8 * MIN, T0, { idleMinutes: 10, warnBeforeMinutes: 1 }).phase).toBe('active');
  });
});

describe('needsKeepAlive', () => {
  it('tells the host of activity at most once a minute', () => {
    expect(needsKeepAlive(T0 + 30_000, T0, T0 + 30_000, RULES)).toBe(false);
    expect(needsKeepAlive(T0 + KEEP_ALIVE_EVERY_MS, T0, T0 + KEEP_ALIVE_EVERY_MS, RULES)).toBe(true);
  });

  it('needs activity after the last call: a page left alone is not kept alive', () => {
    expect(needsKeepAlive(T0 + 10 * MIN, T0, T0 - 1, RULES)).toBe(false);
    expect(needsKeepAlive(T0 + 10 * MIN, T0, T0, RULES)).toBe(false);
  });

  it('leaves the warning to 继续使用: moving the mouse over it does not dismiss it', () => {
    expect(needsKeepAlive(T0 + 26 * MIN, T0, T0 + 26 * MIN, RULES)).toBe(false);
    expect(needsKeepAlive(T0 + 31 * MIN, T0, T0 + 31 * MIN, RULES)).toBe(false);
  });
});

describe('countdownText', () => {
  it('says minutes and seconds, rounding up so 0 秒 is never shown while the session is on', () => {
    expect(countdownText(5 * MIN)).toBe('5 分 00 秒');
    expect(countdownText(4 * MIN + 5_000)).toBe('4 分 05 秒');
    expect(countdownText(59_001)).toBe('1 分 00 秒');
    expect(countdownText(50_000)).toBe('50 秒');
    expect(countdownText(1)).toBe('1 秒');
    expect(countdownText(0)).toBe('0 秒');
  });
});
