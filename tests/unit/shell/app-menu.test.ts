import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { WireResult } from '../../../shared/contract/wire';
import { fakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron());
const electron = await fakeElectron();
const { buildMenuTemplate, installAppMenu } = await import('../../../electron/shell/app-menu');
const { openDataFolder, showAboutDialog } = await import('../../../electron/shell/help-actions');

beforeEach(() => {
  vi.clearAllMocks();
});

const actions = { showAbout: vi.fn(), openDataFolder: vi.fn() };
const submenu = (item: MenuItemConstructorOptions | undefined) => (item?.submenu ?? []) as MenuItemConstructorOptions[];
const roles = (item: MenuItemConstructorOptions | undefined) => submenu(item).filter((i) => i.role).map((i) => [i.role, i.label]);

describe('application menu', () => {
  const template = buildMenuTemplate(actions);

  it('has the four Chinese menus', () => {
    expect(template.map((m) => m.label)).toEqual(['文件(&F)', '编辑(&E)', '视图(&V)', '帮助(&H)']);
  });

  it('uses roles with Chinese labels for file, edit and view', () => {
    expect(roles(template[0])).toEqual([['quit', '退出']]);
    expect(roles(template[1])).toEqual([
      ['undo', '撤销'],
      ['redo', '重做'],
      ['cut', '剪切'],
      ['copy', '复制'],
      ['paste', '粘贴'],
      ['selectAll', '全选'],
    ]);
    expect(roles(template[2])).toEqual([
      ['reload', '重新加载'],
      ['resetZoom', '实际大小'],
      ['zoomIn', '放大'],
      ['zoomOut', '缩小'],
      ['togglefullscreen', '全屏'],
    ]);
  });

  it('offers no developer tools', () => {
    const all = template.flatMap(submenu);
    expect(all.some((i) => i.role === 'toggleDevTools' || i.role === 'forceReload')).toBe(false);
  });

  it('wires 帮助 to the about dialog and the data folder', () => {
    const [about, folder] = submenu(template[3]);
    expect(about?.label).toBe('关于法治台账');
    expect(folder?.label).toBe('打开数据文件夹');
    const window = { id: 1 };
    (about?.click as (item: unknown, win: unknown, event: unknown) => void)({}, window, {});
    expect(actions.showAbout).toHaveBeenCalledWith(window);
    (folder?.click as (item: unknown, win: unknown, event: unknown) => void)({}, undefined, {});
    expect(actions.openDataFolder).toHaveBeenCalled();
  });

  it('installs the menu as the application menu', () => {
    installAppMenu(actions);
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledWith({ template: expect.any(Array) });
  });
});

describe('帮助 actions', () => {
  it('about shows version, data folder and schema version from app.info', async () => {
    const info: WireResult<unknown> = {
      ok: true,
      data: { appName: '法治台账', version: '0.1.0', schemaVersion: 3, dataDir: '/home/u/.config/fazhi-ledger', databasePath: '', shell: 'desktop' },
    };
    const registry = { invoke: vi.fn(async () => info) };
    await showAboutDialog(registry, undefined);
    expect(registry.invoke).toHaveBeenCalledWith('app.info', {});
    const options = electron.dialog.showMessageBox.mock.calls[0]?.at(-1) as { title: string; detail: string };
    expect(options.title).toBe('关于法治台账');
    expect(options.detail).toContain('版本：0.1.0');
    expect(options.detail).toContain('数据文件夹：/home/u/.config/fazhi-ledger');
    expect(options.detail).toContain('数据结构版本：3');
  });

  it('about still opens, with the reason, when app.info fails', async () => {
    const registry = { invoke: vi.fn(async (): Promise<WireResult<unknown>> => ({ ok: false, error: { code: 'internal', message: '坏了' } })) };
    await showAboutDialog(registry, undefined);
    const options = electron.dialog.showMessageBox.mock.calls[0]?.at(-1) as { detail: string };
    expect(options.detail).toContain('坏了');
  });

  it('opens the data folder, and says so when the system cannot', async () => {
    await openDataFolder('/data/fazhi-ledger');
    expect(electron.shell.openPath).toHaveBeenCalledWith('/data/fazhi-ledger');
    expect(electron.dialog.showErrorBox).not.toHaveBeenCalled();
    electron.shell.openPath.mockResolvedValueOnce('Failed to open path');
    await openDataFolder('/data/fazhi-ledger');
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith('无法打开数据文件夹', expect.stringContaining('/data/fazhi-ledger'));
  });
});
