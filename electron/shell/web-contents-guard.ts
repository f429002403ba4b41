import type { WebContents } from 'electron';
import { isAppUrl } from './app-origin';

interface NavigationEvent {
  url: string;
  preventDefault(): void;
}

function stayOnAppOrigin(event: NavigationEvent): void {
  if (!isAppUrl(event.url)) event.preventDefault();
}

/**
 * Applied to every webContents the app ever creates (window, DevTools, anything a bug might open):
 * the page can never leave its own origin, open a window, or embed a <webview>.
 */
export function guardWebContents(contents: WebContents): void {
  contents.on('will-navigate', stayOnAppOrigin);
  contents.on('will-frame-navigate', stayOnAppOrigin);
  contents.on('will-redirect', stayOnAppOrigin);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
