import os from 'node:os';
import type { LockHolder } from './lock-holder';

/** Host names compare without case: Windows reports them in capitals or not, as it was set up. */
export function isThisHost(host: string): boolean {
  return host.toLowerCase() === os.hostname().toLowerCase();
}

/** Signal 0 tests for a process without touching it (also on Windows); EPERM means it exists under another user. */
function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A little slack: uptime and the clock are read at slightly different moments. */
const BOOT_SLACK_MS = 60_000;

/**
 * Whether the program a lock names has certainly ended, so its lock may be taken over. Only a
 * holder on this computer can be checked: its process is gone, or it started before this computer
 * last booted (its pid may since belong to an unrelated program). A holder on another computer
 * (a data folder on a network share) cannot be checked from here and is never taken over.
 */
export function isHolderGone(holder: LockHolder, nowMs: number = Date.now()): boolean {
  if (!isThisHost(holder.host)) return false;
  // This process checks its own locks before reading the file, so a lock naming its pid is a dead
  // program's whose pid the system has since handed to this one.
  if (holder.pid === process.pid) return true;
  const bootedAt = nowMs - os.uptime() * 1000;
  if (Date.parse(holder.startedAt) < bootedAt - BOOT_SLACK_MS) return true;
  return !processExists(holder.pid);
}
