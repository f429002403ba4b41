import { describe, expect, it, vi } from 'vitest';
import type { Session } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../../electron/server/content-security';

vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron());
const { guardSession } = await import('../../../electron/shell/session-guard');

type Callback<T> = (response: T) => void;
type BeforeRequest = (details: { url: string }, callback: Callback<{ cancel?: boolean }>) => void;
type HeadersReceived = (
  details: { url: string; responseHeaders?: Record<string, string[]> },
  callback: Callback<{ responseHeaders?: Record<string, string[]> }>,
) => void;

function guardedSession() {
  const handlers = {
    permissionRequest: undefined as ((wc: unknown, permission: string, callback: Callback<boolean>) => void) | undefined,
    permissionCheck: undefined as ((wc: unknown, permission: string) => boolean) | undefined,
    beforeRequest: undefined as BeforeRequest | undefined,
    headersReceived: undefined as HeadersReceived | undefined,
  };
  const ses = {
    on: vi.fn(),
    setPermissionRequestHandler: (h: typeof handlers.permissionRequest) => (handlers.permissionRequest = h),
    setPermissionCheckHandler: (h: typeof handlers.permissionCheck) => (handlers.permissionCheck = h),
    webRequest: {
      onBeforeRequest: (h: BeforeRequest) => (handlers.beforeRequest = h),
      onHeadersReceived: (h: HeadersReceived) => (handlers.headersReceived = h),
    },
  };
  guardSession(ses as unknown as Session);
  return Object.assign(handlers, { on: ses.on });
}

function cancelled(handlers: ReturnType<typeof guardedSession>, url: string): boolean | undefined {
  let answer: { cancel?: boolean } | undefined;
  handlers.beforeRequest?.({ url }, (response) => (answer = response));
  return answer?.cancel;
}

describe('guardSession', () => {
  it('denies every permission request and check', () => {
    const handlers = guardedSession();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const callback = vi.fn();
      handlers.permissionRequest?.({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(handlers.permissionCheck?.({}, permission)).toBe(false);
    }
  });

  it('cancels requests to the network', () => {
    const handlers = guardedSession();
    expect(cancelled(handlers, 'https://example.com/')).toBe(true);
    expect(cancelled(handlers, 'http://example.com/tracker.gif')).toBe(true);
    expect(cancelled(handlers, 'http://127.0.0.1:9000/api/app.info')).toBe(true);
    expect(cancelled(handlers, 'wss://example.com/')).toBe(true);
  });

  it("lets the app's own files through", () => {
    const handlers = guardedSession();
    expect(cancelled(handlers, 'app://fazhi/index.html')).toBe(false);
    expect(cancelled(handlers, 'app://fazhi/assets/index.js')).toBe(false);
  });

  it('adds the CSP to responses and replaces a weaker one whatever its case', () => {
    const handlers = guardedSession();
    let headers: Record<string, string[]> | undefined;
    handlers.headersReceived?.(
      { url: 'app://fazhi/index.html', responseHeaders: { 'content-security-policy': ["default-src *"], 'X-Kept': ['1'] } },
      (response) => (headers = response.responseHeaders),
    );
    expect(headers?.['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(headers?.['content-security-policy']).toBeUndefined();
    expect(headers?.['X-Kept']).toEqual(['1']);
  });

  it('leaves the DevTools front end its own headers', () => {
    const handlers = guardedSession();
    let response: { responseHeaders?: Record<string, string[]> } | undefined;
    handlers.headersReceived?.({ url: 'devtools://devtools/bundled/inspector.html', responseHeaders: { A: ['1'] } }, (r) => (response = r));
    expect(response).toEqual({});
  });

  it('adds the CSP when the response had no headers at all', () => {
    const handlers = guardedSession();
    let headers: Record<string, string[]> | undefined;
    handlers.headersReceived?.({ url: 'app://fazhi/' }, (response) => (headers = response.responseHeaders));
    expect(headers?.['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
  });

  it("hooks downloads, so only the app's own files can be saved (downloads.test.ts)", () => {
    expect(guardedSession().on).toHaveBeenCalledWith('will-download', expect.any(Function));
  });
});
