import type { AppContext } from '../app-context';
import { readBackupSettings } from './backup-settings';
import { backupIfChanged, latestBackup } from './create-backup';

export const STARTUP_REASON = '启动时';
export const TIMED_REASON = '自动';
/** How often the timer looks whether a timed backup is due; the interval itself is a setting. */
const TICK_MS = 10 * 60 * 1000;

export interface BackupScheduler {
  /** Stops the timer and resolves when a backup under way has finished (the store may then close). */
  stop(): Promise<void>;
}

/**
 * Timed backups for the long-running shells (browser mode, desktop), never for one-shot commands:
 * one at start and then one every `intervalHours`, each only if the store changed since the newest
 * backup. `current` gives the open store, or null in recovery mode (then nothing is done). A
 * failure is logged and tried again at the next tick; it never stops the app.
 */
export function startBackupScheduler(current: () => AppContext | null, log: (message: string, err: unknown) => void): BackupScheduler {
  let running: Promise<void> | null = null;
  let stopped = false;
  const run = (reason: string, onlyWhenDue: boolean) => {
    if (running || stopped) return;
    running = once(reason, onlyWhenDue).finally(() => {
      running = null;
    });
  };
  const once = async (reason: string, onlyWhenDue: boolean) => {
    const ctx = current();
    if (!ctx || !ctx.db.open) return;
    try {
      if (onlyWhenDue) {
        const latest = latestBackup(ctx.dataDir);
        const dueMs = readBackupSettings(ctx.db).intervalHours * 3600 * 1000;
        if (latest && Date.parse(ctx.now()) - Date.parse(latest.createdAt) < dueMs) return;
      }
      // A new, empty store has nothing to protect yet.
      if (!latestBackup(ctx.dataDir) && ctx.db.prepare('SELECT count(*) FROM activities').pluck().get() === 0) return;
      await backupIfChanged(ctx, reason);
    } catch (err) {
      log('自动备份没有完成', err);
    }
  };
  run(STARTUP_REASON, false);
  const timer = setInterval(() => run(TIMED_REASON, true), TICK_MS);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
