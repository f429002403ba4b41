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
import type { HostController } from './server/host-controller';
import { isOwnHostUrl, openAppWithSharing } from './server/host-controller';
import { allowOpeningOwnHost } from './shell/open-own-host';
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
  // 局域网共享 can be started from the window (the 局域网共享 page), beside it.
  const sharing: { host?: HostController } = {};
  const store = openStoreOrExplain(dataDir, (options) => {
    const opened = openAppWithSharing(options, rendererDir);
    sharing.host = opened.host;
    return opened.app;
  });
  const host = sharing.host;
  if (!store || !host) {
    app.exit(1);
    return;
  }
  allowOpeningOwnHost((url) => isOwnHostUrl(url, host.running()));
  const backups = startBackupScheduler(store.liveContext, (message, err) => console.error(`[法治台账] ${message}：`, err));
  app.on('before-quit', () => void backups.stop());
  closeStoreOnQuit(store, () => void host.stop());
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
