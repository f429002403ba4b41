// Runs in the sandboxed renderer before the page. The page gets one function, `invoke`, limited to
// the contract's operation names; it never sees ipcRenderer, a channel name or a generic send.
import { contextBridge, ipcRenderer } from 'electron';
import type { DesktopApi } from '../shared/contract/desktop-api';
import { DESKTOP_API_KEY, IPC_CHANNEL } from '../shared/contract/desktop-api';
import { isOperationName } from '../shared/contract/operations';
import type { WireResult } from '../shared/contract/wire';

const api: DesktopApi = {
  async invoke(operation, input) {
    // Checked here too (the main process checks again) so a page bug cannot even reach IPC.
    if (!isOperationName(operation)) {
      return { ok: false, error: { code: 'unknown_operation', message: `没有名为“${String(operation).slice(0, 60)}”的操作` } };
    }
    try {
      return (await ipcRenderer.invoke(IPC_CHANNEL, operation, input)) as WireResult<unknown>;
    } catch {
      // Input that cannot be cloned, or a main process that is shutting down: still a WireResult.
      return { ok: false, error: { code: 'internal', message: '无法把这次操作交给法治台账后台，请重试；若仍不行，请重启程序。' } };
    }
  },
};

contextBridge.exposeInMainWorld(DESKTOP_API_KEY, api);
