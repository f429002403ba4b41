import os from 'node:os';
import path from 'node:path';

/** Folder name under the per-user app-data folder; the desktop shell sets Electron's userData to the same place. */
export const DATA_FOLDER_NAME = 'fazhi-ledger';
export const DATABASE_FILE = 'fazhi.db';

/** Where Electron's appData points on each platform, so browser mode and desktop share one store. */
export function userAppDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return env.APPDATA || path.join(os.homedir(), 'AppData', 'Roaming');
  if (platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config');
}

/** --data wins, then FAZHI_DATA, then the per-user default. */
export function resolveDataDir(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const chosen = flag || env.FAZHI_DATA;
  return path.resolve(chosen || path.join(userAppDataDir(env), DATA_FOLDER_NAME));
}
