import { app } from 'electron';
import type { OpenApp } from '../open-app';

/**
 * Closes the store once, after the last window is gone, so its WAL is checkpointed into the one
 * data file. Ctrl+C on `npm start` would otherwise kill the process without that step.
 */
export function closeStoreOnQuit(store: Pick<OpenApp, 'close'>, beforeClose?: () => void): void {
  let closed = false;
  app.on('will-quit', () => {
    if (closed) return;
    closed = true;
    try {
      // 局域网共享's server: its listener and connections go at once, before the store closes.
      beforeClose?.();
    } catch (err) {
      console.error('[法治台账] 停止局域网共享出错：', err);
    }
    try {
      store.close();
    } catch (err) {
      console.error('[法治台账] 关闭数据文件出错：', err);
    }
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => app.quit());
}
