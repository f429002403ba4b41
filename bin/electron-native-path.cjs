// Where scripts/build-electron-native.mjs puts better-sqlite3 compiled for Electron in development:
// beside, never over, the build for the system's Node that the CLI, browser mode and tests load.
// electron/shell/native-binding.ts computes the same path at run time; a unit test keeps them equal.
const fs = require('node:fs');
const path = require('node:path');

/** The version of a package installed in the project, or null when it is not there. */
function installedVersion(projectDir, name) {
  try {
    const { version } = JSON.parse(fs.readFileSync(path.join(projectDir, 'node_modules', name, 'package.json'), 'utf8'));
    return typeof version === 'string' ? version : null;
  } catch {
    return null;
  }
}

/** Both versions name the folder, so upgrading either one can never load a stale build. */
function electronNativePath(projectDir, electronVersion, sqliteVersion) {
  const folder = `electron-${electronVersion}-better-sqlite3-${sqliteVersion}`;
  return path.join(projectDir, 'node_modules', '.fazhi-native', folder, 'better_sqlite3.node');
}

/** For the installed electron and better-sqlite3 packages; null when either is missing. */
function installedElectronNativePath(projectDir) {
  const electronVersion = installedVersion(projectDir, 'electron');
  const sqliteVersion = installedVersion(projectDir, 'better-sqlite3');
  if (!electronVersion || !sqliteVersion) return null;
  return { file: electronNativePath(projectDir, electronVersion, sqliteVersion), electronVersion, sqliteVersion };
}

module.exports = { installedVersion, electronNativePath, installedElectronNativePath };
