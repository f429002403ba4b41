import { afterAll, describe, expect, it, vi } from 'vitest';
import { fakeElectron, restoreSignalHandlers } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron());
const electron = await fakeElectron();
const { closeStoreOnQuit } = await import('../../../electron/shell/shutdown');
afterAll(restoreSignalHandlers());

describe('closeStoreOnQuit', () => {
  it('closes the store once, when the app quits, and not before', () => {
    const store = { close: vi.fn() };
    closeStoreOnQuit(store);
    expect(store.close).not.toHaveBeenCalled();
    electron.app.emit('before-quit');
    electron.app.emit('will-quit');
    electron.app.emit('will-quit');
    expect(store.close).toHaveBeenCalledTimes(1);
  });

  it('a failing close does not stop the quit', () => {
    electron.app.removeAllListeners();
    const store = {
      close: vi.fn(() => {
        throw new Error('disk gone');
      }),
    };
    vi.spyOn(console, 'error').mockImplementation(() => {});
    closeStoreOnQuit(store);
    expect(() => electron.app.emit('will-quit')).not.toThrow();
  });

  it('Ctrl+C asks Electron to quit, so the store is still closed', () => {
    closeStoreOnQuit({ close: vi.fn() });
    process.emit('SIGINT', 'SIGINT');
    expect(electron.app.quit).toHaveBeenCalled();
  });
});
