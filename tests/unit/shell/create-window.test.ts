import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { FakeBrowserWindow } from './fake-electron';
import { fakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron());
const electron = await fakeElectron();
const { createMainWindow, WINDOW_TITLE } = await import('../../../electron/shell/create-window');

function lastWindow(): FakeBrowserWindow {
  const win = electron.BrowserWindow.created.at(-1);
  if (!win) throw new Error('no window was created');
  return win;
}

beforeEach(() => {
  electron.BrowserWindow.created.length = 0;
});

describe('createMainWindow', () => {
  it('keeps Node out of the page and the page in its sandbox', () => {
    createMainWindow({ preloadPath: '/app/dist/preload.cjs', devTools: false });
    const prefs = lastWindow().options.webPreferences;
    expect(prefs).toMatchObject({
      preload: '/app/dist/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
      devTools: false,
    });
  });

  it('has the Chinese title, a minimum size, and stays hidden until ready-to-show', () => {
    createMainWindow({ preloadPath: '/p.cjs', devTools: true });
    const win = lastWindow();
    expect(WINDOW_TITLE).toBe('法治台账');
    expect(win.options).toMatchObject({ title: '法治台账', show: false, minWidth: 1024, minHeight: 640 });
    expect(win.show).not.toHaveBeenCalled();
    win.emit('ready-to-show');
    expect(win.show).toHaveBeenCalledTimes(1);
  });

  it('loads the app origin, never a file:// or http:// URL', () => {
    createMainWindow({ preloadPath: '/p.cjs', devTools: false });
    expect(lastWindow().loadURL).toHaveBeenCalledWith('app://fazhi/index.html');
  });

  it('fits a small screen without going below the minimum size', () => {
    electron.screen.getPrimaryDisplay.mockReturnValueOnce({ workAreaSize: { width: 1366, height: 728 } });
    createMainWindow({ preloadPath: '/p.cjs', devTools: false });
    expect(lastWindow().options).toMatchObject({ width: 1280, height: 728 });
  });
});
