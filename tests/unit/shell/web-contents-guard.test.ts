import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';

vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron());
const { guardWebContents } = await import('../../../electron/shell/web-contents-guard');

type OpenHandler = (details: { url: string }) => { action: string };

function fakeContents() {
  const contents = Object.assign(new EventEmitter(), { openHandler: undefined as OpenHandler | undefined });
  const setWindowOpenHandler = (handler: OpenHandler) => {
    contents.openHandler = handler;
  };
  guardWebContents(Object.assign(contents, { setWindowOpenHandler }) as unknown as WebContents);
  return contents;
}

function attempt(contents: EventEmitter, eventName: string, url: string): boolean {
  const event = { url, preventDefault: vi.fn() };
  contents.emit(eventName, event, url);
  return event.preventDefault.mock.calls.length > 0;
}

describe('guardWebContents', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s: foreign URLs are prevented', (eventName) => {
    const contents = fakeContents();
    expect(attempt(contents, eventName, 'https://example.com/')).toBe(true);
    expect(attempt(contents, eventName, 'file:///etc/passwd')).toBe(true);
    expect(attempt(contents, eventName, 'app://other/index.html')).toBe(true);
  });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s: the app origin is allowed', (eventName) => {
    const contents = fakeContents();
    expect(attempt(contents, eventName, 'app://fazhi/index.html')).toBe(false);
  });

  it('denies every window.open, even to the app itself', () => {
    const contents = fakeContents();
    expect(contents.openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'app://fazhi/index.html' })).toEqual({ action: 'deny' });
  });

  it('prevents attaching a <webview>', () => {
    const contents = fakeContents();
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, { src: 'https://example.com/' });
    expect(event.preventDefault).toHaveBeenCalled();
  });
});
