import type { WebContents } from 'electron';
import { isAppUrl } from './app-origin';
import { openOwnHostExternally } from './open-own-host';

interface NavigationEvent {
  url: string;
  preventDefault(): void;
}

function stayOnAppOrigin(event: NavigationEvent): void {
  if (!isAppUrl(event.url)) event.preventDefault();
}

/**
 * Applied to every webContents the app ever creates (window, DevTools, anything a bug might open):
 * the page can never leave its own origin, open a window, or embed a <webview> (a link to the
 * running 局域网共享 host's own address opens in the system browser instead: open-own-host.ts).
 */
export function guardWebContents(contents: WebContents): void {
  contents.on('will-navigate', stayOnAppOrigin);
  contents.on('will-frame-navigate', stayOnAppOrigin);
  contents.on('will-redirect', stayOnAppOrigin);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // No window, ever; only the 局域网共享 panel's own host link goes to the system browser.
    openOwnHostExternally(url);
    return { action: 'deny' };
  });
}
