// The page is served from a private scheme rather than file:// so that it has a real origin: CSP
// 'self', the navigation guard and the IPC sender check can all compare against one fixed value.
export const APP_SCHEME = 'app';
export const APP_HOST = 'fazhi';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True only for URLs on the app's own origin; anything unparsable is foreign. */
export function isAppUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === '';
}

/** A blob URL carries its creator's origin after the colon: blob:app://fazhi/<uuid> is one our page made. */
export function isAppBlobUrl(raw: string): boolean {
  return raw.startsWith('blob:') && isAppUrl(raw.slice('blob:'.length));
}
