// A stand-in for the `electron` module: the Electron binary cannot be downloaded on the machines
// these tests run on, and the real module throws on import without it. Each test file mocks
// `electron` with a fresh one of these: vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron()).
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

class FakeBrowserWindow extends EventEmitter {
  static created: FakeBrowserWindow[] = [];
  readonly options: Record<string, unknown> & { webPreferences?: Record<string, unknown> };
  readonly loadURL = vi.fn(async (_url: string) => {});
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn();
  readonly isMinimized = vi.fn(() => false);
  readonly isDestroyed = vi.fn(() => false);

  constructor(options: FakeBrowserWindow['options']) {
    super();
    this.options = options;
    FakeBrowserWindow.created.push(this);
  }
}

export function createFakeElectron() {
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    enableSandbox: vi.fn(),
    commandLine: { appendSwitch: vi.fn() },
    requestSingleInstanceLock: vi.fn(() => true),
    quit: vi.fn(),
    exit: vi.fn(),
    getPath: vi.fn((name: string) => `/fake/${name}`),
    getAppPath: vi.fn(() => '/fake/app'),
    setPath: vi.fn(),
    whenReady: vi.fn(() => Promise.resolve()),
  });
  const defaultSession = {
    on: vi.fn(),
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn(), onHeadersReceived: vi.fn() },
  };
  return {
    app,
    BrowserWindow: FakeBrowserWindow,
    session: { defaultSession },
    screen: { getPrimaryDisplay: vi.fn(() => ({ workAreaSize: { width: 1920, height: 1040 } })) },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    ipcMain: { handle: vi.fn() },
    ipcRenderer: { invoke: vi.fn(), send: vi.fn(), on: vi.fn() },
    contextBridge: { exposeInMainWorld: vi.fn() },
    dialog: {
      showErrorBox: vi.fn(),
      showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 0, checkboxChecked: false })),
    },
    shell: { openPath: vi.fn(async (_path: string) => '') },
    Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() },
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
export { FakeBrowserWindow };

/** The mocked module as the test sees it. */
export async function fakeElectron(): Promise<FakeElectron> {
  return (await import('electron')) as unknown as FakeElectron;
}

/** main.ts and shutdown.ts hook SIGINT/SIGTERM; a hook left in the test worker would swallow its own shutdown. */
export function restoreSignalHandlers(): () => void {
  const before = new Set([...process.listeners('SIGINT'), ...process.listeners('SIGTERM')]);
  return () => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      for (const listener of process.listeners(signal)) if (!before.has(listener)) process.off(signal, listener);
    }
  };
}
