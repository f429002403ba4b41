import { app } from 'electron';
import fs from 'node:fs';
import path from 'node:path';

/** Mirrors bin/electron-native-path.cjs, where the build script puts its output (a test keeps them equal). */
export function electronNativePath(projectDir: string, electronVersion: string, sqliteVersion: string): string {
  const folder = `electron-${electronVersion}-better-sqlite3-${sqliteVersion}`;
  return path.join(projectDir, 'node_modules', '.fazhi-native', folder, 'better_sqlite3.node');
}

export interface RuntimeFacts {
  /** process.versions.electron: undefined in plain Node. */
  electronVersion: string | undefined;
  isPackaged: boolean;
  /** The project folder when run as `electron <project>`. */
  appPath: string;
}

export function runtimeFacts(): RuntimeFacts {
  return { electronVersion: process.versions.electron, isPackaged: app.isPackaged, appPath: app.getAppPath() };
}

function installedSqliteVersion(projectDir: string): string | null {
  try {
    const { version } = JSON.parse(fs.readFileSync(path.join(projectDir, 'node_modules', 'better-sqlite3', 'package.json'), 'utf8')) as { version?: unknown };
    return typeof version === 'string' ? version : null;
  } catch {
    return null;
  }
}

/**
 * In development, node_modules/better-sqlite3 is compiled for the system's Node (the CLI, browser
 * mode and tests need that), so the desktop loads the Electron build made beside it by
 * scripts/build-electron-native.mjs. Packaged, electron-builder has already compiled the module for
 * Electron: nothing is chosen. Undefined means "better-sqlite3's own build".
 */
export function developmentNativeBinding(facts: RuntimeFacts, exists: (file: string) => boolean = fs.existsSync): string | undefined {
  if (!facts.electronVersion || facts.isPackaged) return undefined;
  const sqliteVersion = installedSqliteVersion(facts.appPath);
  if (!sqliteVersion) return undefined;
  const file = electronNativePath(facts.appPath, facts.electronVersion, sqliteVersion);
  return exists(file) ? file : undefined;
}
