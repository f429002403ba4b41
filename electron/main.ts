// The desktop main process. It only wires the modules in ./shell together; the order matters:
// everything above `whenReady` must happen before Electron is ready, everything inside it after.
import type { BrowserWindow } from 'electron';
import { app, session } from 'electron';
import path from 'node:path';
import { startBackupScheduler } from './backup/backup-scheduler';
import { installAppMenu } from './shell/app-menu';
import { registerAppScheme, serveAppProtocol } from './shell/app-protocol';
import { createMainWindow } from './shell/create-window';
import { useSharedDataFolder } from './shell/data-location';
import { openDataFolder, showAboutDialog } from './shell/help-actions';
import { installIpcBridge } from './shell/ipc-bridge';
import { openStoreOrExplain } from './shell/open-store';
import { openAppLog } from './logging/app-log';
import { installSecurity } from './shell/security';
import { guardSession } from './shell/session-guard';
import { closeStoreOnQuit } from './shell/shutdown';
import { claimSingleInstance } from './shell/single-instance';

// The bundle is dist/main.cjs; the preload and the built renderer sit beside it.
const preloadPath = path.join(__dirname, 'preload.cjs');
const rendererDir = path.join(__dirname, 'renderer');

let mainWindow: BrowserWindow | null = null;

function start(dataDir: string): void {
  guardSession(session.defaultSession);
  const store = openStoreOrExplain(dataDir);
  if (!store) {
    app.exit(1);
    return;
  }
  const backups = startBackupScheduler(store.liveContext, (message, err) => console.error(`[法治台账] ${message}：`, err));
  app.on('before-quit', () => void backups.stop());
  closeStoreOnQuit(store);
  serveAppProtocol(rendererDir, store.registry);
  installIpcBridge(store.registry);
  installAppMenu({
    showAbout: (window) => void showAboutDialog(store.registry, window),
    openDataFolder: () => void openDataFolder(store.dataDir),
  });
  mainWindow = createMainWindow({ preloadPath, devTools: !app.isPackaged });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

const dataDir = useSharedDataFolder();
registerAppScheme();
installSecurity();
if (claimSingleInstance(() => mainWindow)) {
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(() => start(dataDir))
    .catch((err: unknown) => {
      console.error('[法治台账] 启动失败：', err);
      openAppLog(dataDir).internal('启动桌面程序', err);
      app.exit(1);
    });
}
