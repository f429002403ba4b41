import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OpenApp, OpenAppOptions } from '../../../electron/open-app';
import { AppError } from '../../../shared/errors';
import { fakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron());
const electron = await fakeElectron();
const { OPEN_FAILURE_TITLE, explainOpenFailure, openStoreOrExplain } = await import('../../../electron/shell/open-store');

let dir: string;
beforeEach(() => {
  vi.clearAllMocks();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-open-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('openStoreOrExplain', () => {
  it('opens a new data folder for the desktop shell', () => {
    const store = openStoreOrExplain(dir);
    try {
      expect(store?.ctx.shell).toBe('desktop');
      expect(electron.dialog.showErrorBox).not.toHaveBeenCalled();
    } finally {
      store?.close();
    }
  });

  it('refuses a file that is not a database, says why, and leaves it byte for byte', () => {
    const file = path.join(dir, 'fazhi.db');
    const bytes = Buffer.from('这不是数据库，而是一份重要的文档。');
    fs.writeFileSync(file, bytes);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(openStoreOrExplain(dir)).toBeNull();
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith(OPEN_FAILURE_TITLE, expect.stringContaining('不是法治台账的数据文件'));
    expect(OPEN_FAILURE_TITLE).toBe('法治台账无法打开数据');
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    // No -wal/-shm beside it; only the log says why it was refused.
    expect(fs.readdirSync(dir).sort()).toEqual(['fazhi.db', 'logs']);
    expect(fs.readFileSync(path.join(dir, 'logs', 'fazhi.log'), 'utf8')).toMatch(/无法打开数据文件：not_a_database/);
  });

  it.each(['database_too_new', 'database_damaged'] as const)('shows the %s message as written', (code) => {
    const open = () => {
      throw new AppError(code, `消息：${code}`);
    };
    expect(openStoreOrExplain(dir, open)).toBeNull();
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith(OPEN_FAILURE_TITLE, `消息：${code}`);
  });

  it('explains a better-sqlite3 built for the wrong Node in Chinese, with the fix that keeps the Node build', () => {
    const err = Object.assign(new Error('was compiled against a different Node.js version using NODE_MODULE_VERSION 115'), {
      code: 'ERR_DLOPEN_FAILED',
    });
    expect(explainOpenFailure(err)).toContain('node scripts/build-electron-native.mjs');
    expect(explainOpenFailure(err)).not.toContain('install-app-deps');
    expect(explainOpenFailure(err, true)).toContain('请重新安装法治台账');
  });
});

describe('which better-sqlite3 build the desktop loads', () => {
  it('passes the Electron build to openApp when there is one', () => {
    const open = vi.fn(() => ({}) as OpenApp);
    openStoreOrExplain(dir, open, '/project/node_modules/.fazhi-native/x/better_sqlite3.node');
    expect(open).toHaveBeenCalledWith({ dataDir: dir, shell: 'desktop', nativeBinding: '/project/node_modules/.fazhi-native/x/better_sqlite3.node', desktop: expect.any(Object), allowRecovery: true });
  });

  it('passes none in plain Node (here), so better-sqlite3 loads its own build', () => {
    const open = vi.fn(() => ({}) as OpenApp);
    expect(process.versions.electron).toBeUndefined();
    openStoreOrExplain(dir, open);
    expect(open).toHaveBeenCalledWith({ dataDir: dir, shell: 'desktop', desktop: expect.any(Object), allowRecovery: true });
  });

  it('the option reaches better-sqlite3: its own build by path opens, a missing one is explained', () => {
    const nodeBuild = path.resolve(__dirname, '../../../node_modules/better-sqlite3/build/Release/better_sqlite3.node');
    const store = openStoreOrExplain(dir, undefined, nodeBuild);
    expect(store?.ctx.shell).toBe('desktop');
    store?.close();

    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(openStoreOrExplain(dir, undefined, path.join(dir, 'missing', 'better_sqlite3.node'))).toBeNull();
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith(OPEN_FAILURE_TITLE, expect.stringContaining('missing'));
  });

  it('hands the handlers a way to open files with the system program, through electron.shell', async () => {
    const open = vi.fn((_o: OpenAppOptions) => ({}) as OpenApp);
    openStoreOrExplain(dir, open);
    const desktop = open.mock.calls[0]![0].desktop!;
    await desktop.openPath('/tmp/签到表.pdf');
    expect(electron.shell.openPath).toHaveBeenCalledWith('/tmp/签到表.pdf');
  });
});
