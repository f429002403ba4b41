import { APP_HOST, APP_SCHEME, isAppBlobUrl } from './app-origin';

/**
 * The whole of the app's "network": its own files, inline data, blobs it made itself and the
 * DevTools front end (which ships inside the Electron binary). Everything else is cancelled, which
 * is what keeps the app from ever reaching the network.
 */
export function isAllowedRequestUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  switch (url.protocol) {
    case `${APP_SCHEME}:`:
      return url.host === APP_HOST;
    case 'data:':
      return true;
    case 'blob:':
      return isAppBlobUrl(url.href);
    case 'devtools:':
      return true;
    default:
      return false;
  }
}
