import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WireResult } from '../../../shared/contract/wire';
import type { FakeElectron } from './fake-electron';
import { fakeElectron, restoreSignalHandlers } from './fake-electron';

// electron/main.ts end to end against the stand-in electron and a real store in a temp folder:
// the order of the wiring is what keeps the window from ever existing unguarded.
vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron());

let dir: string;
let electron: FakeElectron;
let restoreSignals: () => void;

/** Re-runs main.ts; the stand-in survives resetModules, so its history and listeners are wiped here. */
async function fresh(): Promise<FakeElectron> {
  vi.resetModules();
  vi.clearAllMocks();
  electron = await fakeElectron();
  electron.app.removeAllListeners();
  electron.BrowserWindow.created.length = 0;
  return electron;
}

async function launch(): Promise<void> {
  await fresh();
  await import('../../../electron/main');
  await vi.waitFor(() => expect(electron.BrowserWindow.created.length + electron.app.exit.mock.calls.length).toBeGreaterThan(0));
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-main-'));
  vi.stubEnv('FAZHI_DATA', dir);
  restoreSignals = restoreSignalHandlers();
});
afterEach(() => {
  electron.app.emit('will-quit');
  restoreSignals();
  vi.unstubAllEnvs();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('electron/main.ts', () => {
  it('guards the session, opens the store, bridges IPC, then shows one window', async () => {
    await launch();
    expect(electron.app.setPath).toHaveBeenCalledWith('userData', dir);
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalled();
    expect(electron.app.enableSandbox).toHaveBeenCalled();
    expect(electron.session.defaultSession.webRequest.onBeforeRequest).toHaveBeenCalled();
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalled();
    expect(electron.BrowserWindow.created).toHaveLength(1);

    const guardOrder = electron.session.defaultSession.webRequest.onBeforeRequest.mock.invocationCallOrder[0] ?? Infinity;
    const windowOrder = electron.screen.getPrimaryDisplay.mock.invocationCallOrder[0] ?? -Infinity;
    expect(guardOrder).toBeLessThan(windowOrder);

    const [channel, handler] = electron.ipcMain.handle.mock.calls[0] as [string, (e: unknown, n: unknown, i: unknown) => Promise<WireResult<unknown>>];
    expect(channel).toBe('fazhi:invoke');
    const result = await handler({ senderFrame: { url: 'app://fazhi/index.html', parent: null } }, 'app.info', {});
    expect(result).toMatchObject({ ok: true, data: { shell: 'desktop', dataDir: dir } });
  });

  it('answers uploads and file downloads on app:// from the same store', async () => {
    await launch();
    const handler = electron.protocol.handle.mock.calls[0]?.[1] as (request: Request) => Promise<Response>;
    const pdf = Buffer.from('%PDF-1.7\n%%EOF\n', 'latin1');
    const upload = await handler(
      new Request(`app://fazhi/upload?name=${encodeURIComponent('方案.pdf')}`, { method: 'POST', headers: { 'Content-Type': 'application/octet-stream' }, body: pdf }),
    );
    expect(upload.status).toBe(200);
    const { data } = (await upload.json()) as { data: { stagedId: string } };
    expect(fs.readFileSync(path.join(dir, 'attachments', '.staging', data.stagedId)).equals(pdf)).toBe(true);
    expect((await handler(new Request('app://fazhi/files/not-a-uuid'))).status).toBe(400);
    expect(electron.session.defaultSession.on).toHaveBeenCalledWith('will-download', expect.any(Function));
  });

  it('on quit folds the WAL into the data file and logs start and stop in <data>/logs', async () => {
    await launch();
    const [, handler] = electron.ipcMain.handle.mock.calls[0] as [string, (e: unknown, n: unknown, i: unknown) => Promise<WireResult<unknown>>];
    const frame = { senderFrame: { url: 'app://fazhi/index.html', parent: null } };
    expect(await handler(frame, 'activities.create', { date: '2024-03-15', categoryId: 1, title: '宪法宣传周' })).toMatchObject({ ok: true });
    expect(fs.statSync(path.join(dir, 'fazhi.db-wal')).size).toBeGreaterThan(0);
    electron.app.emit('will-quit');
    const wal = path.join(dir, 'fazhi.db-wal');
    expect(fs.existsSync(wal) ? fs.statSync(wal).size : 0).toBe(0);
    const log = fs.readFileSync(path.join(dir, 'logs', 'fazhi.log'), 'utf8');
    expect(log).toMatch(/打开数据：法治台账 .*（desktop，/);
    expect(log).toMatch(/关闭数据：已写回数据文件/);
    expect(log).not.toContain('宪法宣传周');
  });

  it('a data file it cannot open: explains, quits, and opens no window', async () => {
    fs.writeFileSync(path.join(dir, 'fazhi.db'), 'not a database');
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await launch();
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith('法治台账无法打开数据', expect.any(String));
    expect(electron.app.exit).toHaveBeenCalledWith(1);
    expect(electron.BrowserWindow.created).toHaveLength(0);
    expect(electron.ipcMain.handle).not.toHaveBeenCalled();
    expect(fs.readFileSync(path.join(dir, 'logs', 'fazhi.log'), 'utf8')).toMatch(/WARN .*无法打开数据文件：not_a_database/);
  });

  it('a second launch quits before opening anything', async () => {
    const next = await fresh();
    next.app.requestSingleInstanceLock.mockReturnValueOnce(false);
    await import('../../../electron/main');
    await Promise.resolve();
    expect(next.app.quit).toHaveBeenCalled();
    expect(next.app.whenReady).not.toHaveBeenCalled();
  });
});
