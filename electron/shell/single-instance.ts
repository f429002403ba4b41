import type { BrowserWindow } from 'electron';
import { app } from 'electron';

/**
 * Two processes on one SQLite file would fight over its lock, so a second launch only brings the
 * first window forward and quits. Returns false when this process is the second one.
 */
export function claimSingleInstance(currentWindow: () => BrowserWindow | null): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => {
    const win = currentWindow();
    if (!win || win.isDestroyed()) return;
    if (win.isMinimized()) win.restore();
    win.show();
    win.focus();
  });
  return true;
}
