import { SESSION_TOUCH_EVERY_MS } from '../../shared/auth/session-touch';

// The idle warning's arithmetic, pure so it is tested without timers (tests/unit/idle-clock.test.ts).
//
// The host ends a session `idleMinutes` after the last call it answered (GET /auth/state does not
// count: asking is not activity). The page counts from the time it *sent* that call, less
// HOST_TOUCH_SLACK_MS: the host writes a session's last activity at most every 30 seconds
// (shared/auth/session-touch.ts), so its clock may have started up to that much
// before the call. So the page's countdown ends no later than the host's, and 继续使用 pressed
// while the countdown still runs always reaches a live session. Every tab of the browser counts
// the calls of all of them (shared-activity.ts): they are one session on the host.
// The user's own mouse and keys are activity too: while the countdown is far off, activity makes
// the page call the host now and then (KEEP_ALIVE_EVERY_MS), so someone typing a long entry
// without saving is not signed out under their hands. Once the warning shows, only 继续使用 goes on.

export const KEEP_ALIVE_EVERY_MS = 60_000;
/** How much earlier than the page's last call the host may have last recorded the session's activity. */
export const HOST_TOUCH_SLACK_MS = SESSION_TOUCH_EVERY_MS;

export interface IdleRules {
  idleMinutes: number;
  warnBeforeMinutes: number;
}

export type IdlePhase = 'active' | 'warning' | 'ended';

export interface IdleView {
  phase: IdlePhase;
  /** Until the host ends the session, never below 0. */
  remainingMs: number;
}

const MINUTE_MS = 60_000;

export function idleView(now: number, lastTouchAt: number, rules: IdleRules): IdleView {
  const remainingMs = Math.max(0, lastTouchAt - HOST_TOUCH_SLACK_MS + rules.idleMinutes * MINUTE_MS - now);
  if (remainingMs === 0) return { phase: 'ended', remainingMs };
  // A policy whose warning is as long as the idle time still leaves the page usable at first.
  const warnMs = Math.min(rules.warnBeforeMinutes, rules.idleMinutes) * MINUTE_MS;
  return { phase: remainingMs <= warnMs ? 'warning' : 'active', remainingMs };
}

/** True when the user's activity since the last call should be told to the host now. */
export function needsKeepAlive(now: number, lastTouchAt: number, lastActivityAt: number, rules: IdleRules): boolean {
  if (lastActivityAt <= lastTouchAt) return false;
  if (idleView(now, lastTouchAt, rules).phase !== 'active') return false;
  return now - lastTouchAt >= KEEP_ALIVE_EVERY_MS;
}

/** "4 分 05 秒" / "50 秒", rounded up so the warning never says 0 秒 while the session is still on. */
export function countdownText(remainingMs: number): string {
  const seconds = Math.max(0, Math.ceil(remainingMs / 1000));
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (minutes === 0) return `${rest} 秒`;
  return `${minutes} 分 ${String(rest).padStart(2, '0')} 秒`;
}
