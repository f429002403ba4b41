import { BrowserWindow, screen } from 'electron';
import { APP_ENTRY_URL } from './app-origin';

export const WINDOW_TITLE = '法治台账';
// 1366×768 is still common on office PCs; the minimum must fit it with a taskbar.
const PREFERRED = { width: 1280, height: 820 };
const MINIMUM = { width: 1024, height: 640 };

export interface MainWindowOptions {
  preloadPath: string;
  /** Off in the installed app: office staff have no use for it, and it is one more way in. */
  devTools: boolean;
}

/** The one window factory: every window the app opens is made here, with the page kept Node-free. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const work = screen.getPrimaryDisplay().workAreaSize;
  const win = new BrowserWindow({
    title: WINDOW_TITLE,
    width: Math.max(MINIMUM.width, Math.min(PREFERRED.width, work.width)),
    height: Math.max(MINIMUM.height, Math.min(PREFERRED.height, work.height)),
    minWidth: MINIMUM.width,
    minHeight: MINIMUM.height,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      devTools: options.devTools,
    },
  });
  // Shown only once painted, so the user never sees a blank white frame.
  win.once('ready-to-show', () => win.show());
  win.loadURL(APP_ENTRY_URL).catch((err: unknown) => {
    console.error('[法治台账] 无法载入界面：', err);
  });
  return win;
}
