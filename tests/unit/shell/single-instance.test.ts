import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import { FakeBrowserWindow, fakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron());
const electron = await fakeElectron();
const { claimSingleInstance } = await import('../../../electron/shell/single-instance');

beforeEach(() => {
  vi.clearAllMocks();
  electron.app.removeAllListeners();
});

describe('claimSingleInstance', () => {
  it('a second launch quits itself', () => {
    electron.app.requestSingleInstanceLock.mockReturnValueOnce(false);
    expect(claimSingleInstance(() => null)).toBe(false);
    expect(electron.app.quit).toHaveBeenCalled();
    expect(electron.app.listenerCount('second-instance')).toBe(0);
  });

  it('the first instance brings its window forward when launched again', () => {
    const win = new FakeBrowserWindow({});
    win.isMinimized.mockReturnValue(true);
    expect(claimSingleInstance(() => win as unknown as BrowserWindow)).toBe(true);
    expect(electron.app.quit).not.toHaveBeenCalled();
    electron.app.emit('second-instance', {}, [], '/');
    expect(win.restore).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
  });

  it('a second launch before the window exists does no harm', () => {
    claimSingleInstance(() => null);
    expect(() => electron.app.emit('second-instance', {}, [], '/')).not.toThrow();
  });
});
