import { app } from 'electron';
import path from 'node:path';
import { DATA_FOLDER_NAME } from '../data-dir';

/** FAZHI_DATA wins, as in the CLI and browser mode; otherwise the one per-user folder they share. */
export function chooseDataDir(appDataDir: string, env: NodeJS.ProcessEnv): string {
  return env.FAZHI_DATA ? path.resolve(env.FAZHI_DATA) : path.join(appDataDir, DATA_FOLDER_NAME);
}

/**
 * Must run before 'ready'. Electron's own folder becomes the data folder, so the single-instance
 * lock guards exactly this store; Chromium's caches go to a subfolder to keep the store's folder
 * readable for the person who backs it up.
 */
export function useSharedDataFolder(env: NodeJS.ProcessEnv = process.env): string {
  const dataDir = chooseDataDir(app.getPath('appData'), env);
  app.setPath('userData', dataDir);
  app.setPath('sessionData', path.join(dataDir, 'desktop-cache'));
  return dataDir;
}
