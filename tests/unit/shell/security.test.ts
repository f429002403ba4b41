import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';

import { fakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron());
const electron = await fakeElectron();
const { installSecurity } = await import('../../../electron/shell/security');

describe('installSecurity', () => {
  installSecurity();

  it('sandboxes every renderer and makes host-name lookups fail', () => {
    expect(electron.app.enableSandbox).toHaveBeenCalled();
    expect(electron.app.commandLine.appendSwitch).toHaveBeenCalledWith('host-resolver-rules', 'MAP * ~NOTFOUND');
  });

  it('guards every webContents created later', () => {
    const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() });
    electron.app.emit('web-contents-created', {}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
    const event = { url: 'https://example.com/', preventDefault: vi.fn() };
    contents.emit('will-navigate', event);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('guards every session created later', () => {
    const ses = {
      on: vi.fn(),
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      webRequest: { onBeforeRequest: vi.fn(), onHeadersReceived: vi.fn() },
    };
    electron.app.emit('session-created', ses);
    expect(ses.setPermissionRequestHandler).toHaveBeenCalled();
    expect(ses.webRequest.onBeforeRequest).toHaveBeenCalled();
    expect(ses.webRequest.onHeadersReceived).toHaveBeenCalled();
    expect(ses.on).toHaveBeenCalledWith('will-download', expect.any(Function));
  });
});
