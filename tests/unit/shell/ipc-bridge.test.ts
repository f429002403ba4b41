import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { WireResult } from '../../../shared/contract/wire';
import { fakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron());
const electron = await fakeElectron();
const { createIpcHandler, installIpcBridge } = await import('../../../electron/shell/ipc-bridge');

const ANSWER: WireResult<unknown> = { ok: true, data: { appName: '法治台账' } };
const registry = { invoke: vi.fn(async () => ANSWER) };
const topFrame = (url: string) => ({ senderFrame: { url, parent: null } });

beforeEach(() => {
  vi.clearAllMocks();
});

describe('IPC bridge', () => {
  it('listens on the one contract channel', () => {
    installIpcBridge(registry);
    expect(electron.ipcMain.handle).toHaveBeenCalledWith('fazhi:invoke', expect.any(Function));
  });

  it("forwards a call from the app's top frame to the registry", async () => {
    const handle = createIpcHandler(registry);
    const result = await handle(topFrame('app://fazhi/index.html') as never, 'app.info', {});
    expect(registry.invoke).toHaveBeenCalledWith('app.info', {});
    expect(result).toBe(ANSWER);
  });

  it.each([
    ['a foreign page', topFrame('https://example.com/')],
    ['a file:// page', topFrame('file:///tmp/evil.html')],
    ['another app:// host', topFrame('app://other/index.html')],
    ['a sub-frame of the app', { senderFrame: { url: 'app://fazhi/frame.html', parent: { url: 'app://fazhi/index.html' } } }],
    ['a destroyed frame', { senderFrame: null }],
    [
      'a frame that throws when read',
      Object.defineProperty({}, 'senderFrame', {
        get() {
          throw new Error('Render frame was disposed');
        },
      }),
    ],
  ])('refuses %s without touching the registry', async (_name, event) => {
    const handle = createIpcHandler(registry);
    const result = await handle(event as never, 'activities.list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(registry.invoke).not.toHaveBeenCalled();
  });
});
