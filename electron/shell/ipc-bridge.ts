import type { IpcMainInvokeEvent } from 'electron';
import { ipcMain } from 'electron';
import { IPC_CHANNEL } from '../../shared/contract/desktop-api';
import type { WireResult } from '../../shared/contract/wire';
import type { Registry } from '../registry';
import { isAppUrl } from './app-origin';

type SenderEvent = Pick<IpcMainInvokeEvent, 'senderFrame'>;

/** Only the top frame of our own page may call: never a sub-frame, never a page from elsewhere. */
export function isTrustedSender(event: SenderEvent): boolean {
  let frame: IpcMainInvokeEvent['senderFrame'];
  try {
    frame = event.senderFrame;
  } catch {
    return false; // the frame was torn down while the call was in flight
  }
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}

export function createIpcHandler(registry: Pick<Registry, 'invoke'>) {
  return async (event: SenderEvent, operation: unknown, input: unknown): Promise<WireResult<unknown>> => {
    if (!isTrustedSender(event)) {
      return { ok: false, error: { code: 'forbidden', message: '已拒绝：这次调用不是来自法治台账自己的页面。' } };
    }
    return registry.invoke(operation, input);
  };
}

/** The one IPC channel; the registry validates the operation name and its input. */
export function installIpcBridge(registry: Pick<Registry, 'invoke'>): void {
  ipcMain.handle(IPC_CHANNEL, createIpcHandler(registry));
}
