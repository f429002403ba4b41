import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { resolveDataDir } from '../../../electron/data-dir';
import { fakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron());
const electron = await fakeElectron();
const { chooseDataDir, useSharedDataFolder } = await import('../../../electron/shell/data-location');

describe('data location', () => {
  it('puts userData in the same folder browser mode uses', () => {
    const appData = '/home/u/.config';
    const env = { XDG_CONFIG_HOME: appData };
    expect(chooseDataDir(appData, env)).toBe(resolveDataDir(undefined, env));
    expect(chooseDataDir(appData, env)).toBe(path.join(appData, 'fazhi-ledger'));
  });

  it('honours FAZHI_DATA like the CLI does', () => {
    expect(chooseDataDir('/home/u/.config', { FAZHI_DATA: '/tmp/ledger' })).toBe(path.resolve('/tmp/ledger'));
  });

  it("sets Electron's userData and keeps Chromium's caches in a subfolder", () => {
    const dataDir = useSharedDataFolder({});
    expect(dataDir).toBe(path.join('/fake/appData', 'fazhi-ledger'));
    expect(electron.app.getPath).toHaveBeenCalledWith('appData');
    expect(electron.app.setPath).toHaveBeenCalledWith('userData', dataDir);
    expect(electron.app.setPath).toHaveBeenCalledWith('sessionData', path.join(dataDir, 'desktop-cache'));
  });
});
