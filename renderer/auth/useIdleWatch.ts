import { useCallback, useEffect, useRef, useState } from 'react';
import { call } from '../api/client';
import { onServerTouch } from '../api/server-activity';
import type { IdleRules, IdleView } from './idle-clock';
import { idleView, needsKeepAlive } from './idle-clock';
import { onSharedTouch, shareTouch } from './shared-activity';

// Watches a host session for being left alone (arithmetic: idle-clock.ts). The clock is the time
// of the last call the host answered; the user's mouse, keys and scrolling count as activity and
// are told to the host about once a minute while the warning is far off. Timers in a background
// tab or across a sleeping laptop may run late; each tick reads the wall clock, so a late tick
// only ends the session the moment it runs. Tabs of one browser share one session on the host, so
// they share this clock too (shared-activity.ts): work in one tab keeps the others from warning.

const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;
const TICK_MS = 1000;

/** A call every role may make even before changing its password; it reads nothing and is not in the audit log. */
async function keepAlive(): Promise<void> {
  // A refusal (session over) reaches the gate through the client; nothing to do here.
  await call('app.info', {}).catch(() => undefined);
}

export interface IdleWatch {
  /** Set while the warning is due: the time left. */
  warning: IdleView | null;
  /** 继续使用: one call to the host, which moves its idle deadline on. */
  keepAlive(): Promise<void>;
}

export function useIdleWatch(rules: IdleRules, username: string, onEnded: () => void): IdleWatch {
  const lastTouch = useRef(Date.now());
  const lastActivity = useRef(0);
  const pinging = useRef(false);
  const [warning, setWarning] = useState<IdleView | null>(null);
  const rulesRef = useRef(rules);
  rulesRef.current = rules;
  const endedRef = useRef(onEnded);
  endedRef.current = onEnded;

  const ping = useCallback(async () => {
    if (pinging.current) return;
    pinging.current = true;
    try {
      await keepAlive();
    } finally {
      pinging.current = false;
    }
  }, []);

  useEffect(() => {
    let ended = false;
    const tick = () => {
      if (ended) return;
      const view = idleView(Date.now(), lastTouch.current, rulesRef.current);
      if (view.phase === 'ended') {
        ended = true;
        setWarning(null);
        endedRef.current();
        return;
      }
      // Re-rendered once a second only while the countdown is on screen.
      setWarning((shown) => (view.phase === 'warning' ? view : shown === null ? shown : null));
    };
    const offTouch = onServerTouch((sentAt) => {
      if (sentAt < lastTouch.current) return;
      lastTouch.current = sentAt;
      shareTouch(username, sentAt);
    });
    // Another tab's call moved the host's clock on: a warning shown here goes at once.
    const offShared = onSharedTouch(username, (at) => {
      if (at <= lastTouch.current) return;
      lastTouch.current = at;
      tick();
    });
    const onActivity = () => {
      const now = Date.now();
      lastActivity.current = now;
      if (needsKeepAlive(now, lastTouch.current, now, rulesRef.current)) void ping();
    };
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, onActivity, { passive: true, capture: true });
    const timer = window.setInterval(tick, TICK_MS);
    // The page was just opened or signed in to: that is activity, and the host should hear of it
    // (asking /auth/state did not move its clock).
    void ping();
    return () => {
      ended = true;
      offTouch();
      offShared();
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, onActivity, { capture: true });
      window.clearInterval(timer);
    };
  }, [ping, username]);

  return { warning, keepAlive: ping };
}
