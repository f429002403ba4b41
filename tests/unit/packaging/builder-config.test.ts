import { describe, expect, it } from 'vitest';
import type { BuilderConfig } from '../../helpers/packaged-files';
import { loadBuilderConfig, validateBuilderConfig } from '../../helpers/packaged-files';

// electron-builder.yml checked by electron-builder itself (its JSON schema and deprecation rules),
// without packaging anything, and the choices issue #7 asks for.

async function config(): Promise<BuilderConfig> {
  return loadBuilderConfig();
}

type Target = { target: string; arch: string[] };
const targetsOf = (section: unknown) => ((section as { target: Target[] }).target ?? []).map((t) => `${t.target}:${[...t.arch].sort().join(',')}`).sort();

describe('electron-builder.yml', () => {
  it("passes electron-builder's own configuration validation", async () => {
    await expect(validateBuilderConfig(await config())).resolves.toBeUndefined();
  }, 60_000);

  it('the validation is real: a misspelt option is refused', async () => {
    const c = await config();
    await expect(validateBuilderConfig({ ...c, nsis: { ...(c.nsis as object), oneClik: false } })).rejects.toThrow(/configuration\.nsis/);
  }, 60_000);

  it('builds an assisted NSIS installer (per user by default, elevation on request, folder choosable, Chinese) and a portable exe for Windows x64', async () => {
    const c = await config();
    expect(targetsOf(c.win)).toEqual(['nsis:x64', 'portable:x64']);
    expect(c.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: true, allowToChangeInstallationDirectory: true, installerLanguages: ['zh_CN'], deleteAppDataOnUninstall: false });
  });

  it('builds .deb and AppImage for Linux x64 and arm64 with desktop metadata for UOS and Kylin menus', async () => {
    const c = await config();
    expect(targetsOf(c.linux)).toEqual(['AppImage:arm64,x64', 'deb:arm64,x64']);
    expect(c.linux).toMatchObject({ category: 'Office', executableName: 'fazhi-ledger', desktop: { entry: { Name: '法治台账', Categories: 'Office;' } } });
    expect(String((c.linux as { maintainer?: string }).maintainer)).toMatch(/<.+@.+>/);
  });

  it('packs into an asar, with better-sqlite3 unpacked and rebuilt for Electron', async () => {
    const c = await config();
    expect(c.asar).toBe(true);
    expect(c.asarUnpack).toEqual(['**/node_modules/better-sqlite3/**']);
    expect(c.npmRebuild).toBe(true);
  });
});
