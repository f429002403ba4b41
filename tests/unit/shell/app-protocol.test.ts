import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/server/content-security';

import { fakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron());
const electron = await fakeElectron();

const { registerAppScheme, serveAppProtocol } = await import('../../../electron/shell/app-protocol');
const { respondFromRenderer } = await import('../../../electron/shell/renderer-response');

let dir: string;
let rendererDir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-protocol-'));
  rendererDir = path.join(dir, 'renderer');
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>法治台账</title>');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'outside the renderer folder');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
beforeEach(() => {
  vi.clearAllMocks();
});

const get = (url: string, method = 'GET') => respondFromRenderer(rendererDir, new Request(url, { method }));

describe('app:// scheme registration', () => {
  it('registers app as standard, secure and fetchable', () => {
    registerAppScheme();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('serves the renderer folder through protocol.handle', async () => {
    const registry = { invoke: vi.fn() };
    serveAppProtocol(rendererDir, registry);
    expect(electron.protocol.handle).toHaveBeenCalledTimes(1);
    const [scheme, handler] = electron.protocol.handle.mock.calls[0] as [string, (r: Request) => Promise<Response>];
    expect(scheme).toBe('app');
    const response = await handler(new Request('app://fazhi/assets/app.js'));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('console.log(1)');
    // Page files never reach the registry; only /upload and /files/… do (app-protocol-files.test.ts).
    expect(registry.invoke).not.toHaveBeenCalled();
  });
});

describe('respondFromRenderer', () => {
  it('serves files with their type and the CSP header', async () => {
    const response = await get('app://fazhi/assets/app.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('gives the app shell for / and for page routes without an extension', async () => {
    for (const url of ['app://fazhi/', 'app://fazhi/activities']) {
      const response = await get(url);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await response.text()).toContain('法治台账');
    }
  });

  it('answers 404 for a missing asset rather than the HTML shell', async () => {
    expect((await get('app://fazhi/assets/missing.js')).status).toBe(404);
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const url of ['app://fazhi/%2e%2e%2fsecret.txt', 'app://fazhi/..%5csecret.txt', 'app://fazhi/%2e%2e/secret.txt']) {
      const response = await get(url);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('outside the renderer folder');
    }
  });

  it('refuses other hosts and methods other than GET and HEAD', async () => {
    expect((await get('app://other/index.html')).status).toBe(404);
    expect((await get('app://fazhi/index.html', 'POST')).status).toBe(405);
    const head = await get('app://fazhi/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
