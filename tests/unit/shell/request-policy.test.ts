import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, APP_ORIGIN, isAppUrl } from '../../../electron/shell/app-origin';
import { isAllowedRequestUrl } from '../../../electron/shell/request-policy';

describe('isAppUrl', () => {
  it('accepts the app origin only', () => {
    expect(APP_ORIGIN).toBe('app://fazhi');
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://fazhi/assets/x.js?v=1#top')).toBe(true);
  });

  it.each([
    'app://other/index.html',
    'app://fazhi.evil.com/index.html',
    'app://user@fazhi/index.html',
    'https://fazhi/index.html',
    'http://127.0.0.1:3000/',
    'file:///etc/passwd',
    'about:blank',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});

describe('isAllowedRequestUrl (every request the session lets through)', () => {
  it.each([
    'app://fazhi/index.html',
    'app://fazhi/assets/index.css',
    // Evidence files: the policy looks at the URL only, so POST uploads pass like any app:// request.
    'app://fazhi/upload?name=%E6%96%B9%E6%A1%88.pdf',
    'app://fazhi/files/00000000-0000-4000-8000-000000000000',
    'app://fazhi/files/00000000-0000-4000-8000-000000000000/thumbnail',
    'data:image/png;base64,AAAA',
    'blob:app://fazhi/1f0e-22',
    'devtools://devtools/bundled/inspector.html',
  ])(
    'allows %s',
    (url) => expect(isAllowedRequestUrl(url)).toBe(true),
  );

  it.each([
    'https://example.com/',
    'http://example.com/x.js',
    'http://127.0.0.1:8080/api/app.info',
    'ws://example.com/socket',
    'wss://example.com/socket',
    'ftp://example.com/file',
    'file:///etc/passwd',
    'app://elsewhere/index.html',
    'blob:https://example.com/1f0e-22',
    'chrome-extension://abc/x.js',
    'garbage',
  ])('cancels %s', (url) => expect(isAllowedRequestUrl(url)).toBe(false));
});
