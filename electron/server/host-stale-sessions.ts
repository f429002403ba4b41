import type { AppContext } from '../app-context';
import type { AppLog } from '../logging/app-log';
import { readAuthPolicy } from '../store/auth-policy-store';
import { endStaleSessions } from '../store/session-store';

// Every minute the host ends the sessions that are over (idle, past their end, user disabled or
// locked), so the administrator's list of who is connected is true even for a browser that simply
// went away. A request ends its own stale session anyway; this is for the ones that never come back.

const EVERY_MS = 60_000;

export function startStaleSessionTimer(context: () => AppContext | null, log?: AppLog): { stop(): void } {
  const timer = setInterval(() => {
    const ctx = context();
    if (!ctx || ctx.db.readonly || !ctx.db.open) return;
    try {
      endStaleSessions(ctx.db, ctx.now(), readAuthPolicy(ctx.db));
    } catch (err) {
      log?.internal('结束超时的登录', err);
    }
  }, EVERY_MS);
  // Never what keeps the process alive.
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
