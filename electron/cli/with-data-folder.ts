import { resolveDataDir } from '../data-dir';
import type { OpenApp, OpenAppOptions } from '../open-app';
import { openApp } from '../open-app';

// The data folder is locked while a program has it open, and the desktop app or host mode cannot
// start until it is released. A one-shot command that fails halfway (a refused input, a missing
// file) must still let go of it, so every command opens and closes the folder through here.

/**
 * Opens the folder named by --data (or FAZHI_DATA, or the default) for the CLI, runs `use` with it,
 * and closes it however `use` ends.
 */
export async function withDataFolder<T>(
  dataFlag: string | undefined,
  options: Pick<OpenAppOptions, 'readOnlyWhenBusy'>,
  use: (app: OpenApp) => T | Promise<T>,
): Promise<T> {
  const app = openApp({ dataDir: resolveDataDir(dataFlag), shell: 'cli', ...options });
  try {
    return await use(app);
  } finally {
    app.close();
  }
}
