import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron());
const { developmentNativeBinding, electronNativePath } = await import('../../../electron/shell/native-binding');

// bin/start.cjs and scripts/build-electron-native.mjs find the Electron build through this module.
const binHelper = createRequire(import.meta.url)('../../../bin/electron-native-path.cjs') as {
  installedElectronNativePath(projectDir: string): { file: string; electronVersion: string; sqliteVersion: string } | null;
};

let project: string;

function install(name: string, version: string): void {
  fs.mkdirSync(path.join(project, 'node_modules', name), { recursive: true });
  fs.writeFileSync(path.join(project, 'node_modules', name, 'package.json'), JSON.stringify({ name, version }));
}

beforeEach(() => {
  project = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-native-binding-'));
  install('electron', '38.8.6');
  install('better-sqlite3', '12.11.1');
});
afterEach(() => fs.rmSync(project, { recursive: true, force: true }));

const inElectron = () => ({ electronVersion: '38.8.6', isPackaged: false, appPath: project });

describe('where the Electron build of better-sqlite3 lives', () => {
  it('is the same path for the start script, the build script and the desktop', () => {
    expect(binHelper.installedElectronNativePath(project)).toEqual({
      file: electronNativePath(project, '38.8.6', '12.11.1'),
      electronVersion: '38.8.6',
      sqliteVersion: '12.11.1',
    });
    expect(path.relative(project, electronNativePath(project, '38.8.6', '12.11.1'))).toBe(
      path.join('node_modules', '.fazhi-native', 'electron-38.8.6-better-sqlite3-12.11.1', 'better_sqlite3.node'),
    );
  });

  it('is unknown to the start script when either package is missing', () => {
    fs.rmSync(path.join(project, 'node_modules', 'electron'), { recursive: true });
    expect(binHelper.installedElectronNativePath(project)).toBeNull();
  });
});

describe('developmentNativeBinding', () => {
  it('under Electron in development, names the Electron build when it exists', () => {
    const file = electronNativePath(project, '38.8.6', '12.11.1');
    expect(developmentNativeBinding(inElectron(), () => false)).toBeUndefined();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, '');
    expect(developmentNativeBinding(inElectron())).toBe(file);
  });

  it('never in plain Node, never in the packaged app', () => {
    const exists = vi.fn(() => true);
    expect(developmentNativeBinding({ ...inElectron(), electronVersion: undefined }, exists)).toBeUndefined();
    expect(developmentNativeBinding({ ...inElectron(), isPackaged: true }, exists)).toBeUndefined();
    expect(exists).not.toHaveBeenCalled();
  });

  it('follows the running Electron version, not a stale build for another one', () => {
    const exists = vi.fn((_file: string) => false);
    developmentNativeBinding({ ...inElectron(), electronVersion: '39.0.0' }, exists);
    expect(exists).toHaveBeenCalledWith(electronNativePath(project, '39.0.0', '12.11.1'));
  });
});
