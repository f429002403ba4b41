import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DesktopApi } from '../../../shared/contract/desktop-api';
import { OPERATION_NAMES } from '../../../shared/contract/operations';
import { fakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron());
const electron = await fakeElectron();

let exposedKey: unknown;
let api: DesktopApi;

beforeAll(async () => {
  await import('../../../electron/preload');
  expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  [exposedKey, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as unknown as [string, DesktopApi];
});
// Braces matter: a function returned from beforeEach would be run as a teardown.
beforeEach(() => {
  electron.ipcRenderer.invoke.mockReset();
});

describe('preload', () => {
  it('exposes exactly one key, fazhi, holding exactly one function, invoke', () => {
    expect(exposedKey).toBe('fazhi');
    expect(Object.keys(api)).toEqual(['invoke']);
    expect(typeof api.invoke).toBe('function');
  });

  it('never hands the page ipcRenderer or a generic send', () => {
    expect(Object.values(api)).not.toContain(electron.ipcRenderer);
    expect(Object.values(api)).not.toContain(electron.ipcRenderer.send);
    expect(electron.ipcRenderer.send).not.toHaveBeenCalled();
  });

  it.each(['shell.exec', 'fs.readFile', '__proto__', 'constructor', 'app.info ', 42, null])(
    'refuses the unknown operation %s without calling ipcRenderer',
    async (name) => {
      const result = await api.invoke(name as never, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown_operation' } });
      expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled();
    },
  );

  it('passes every contract operation to the one IPC channel', async () => {
    electron.ipcRenderer.invoke.mockResolvedValue({ ok: true, data: 'x' });
    for (const name of OPERATION_NAMES) {
      await expect(api.invoke(name, { a: 1 })).resolves.toEqual({ ok: true, data: 'x' });
      expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('fazhi:invoke', name, { a: 1 });
    }
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledTimes(OPERATION_NAMES.length);
  });

  it('turns an IPC failure into a WireResult instead of a rejection', async () => {
    electron.ipcRenderer.invoke.mockImplementation(() => {
      throw new Error('An object could not be cloned.');
    });
    await expect(api.invoke('app.info', {})).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
