import type { Session } from 'electron';
import { SECURITY_HEADERS } from '../server/content-security';
import { isAppUrl } from './app-origin';
import { handleDownloads } from './downloads';
import { isAllowedRequestUrl } from './request-policy';

/** Replaces any same-named header whatever its case, so a response can never weaken the policy. */
export function withSecurityHeaders(headers: Record<string, string[]> = {}): Record<string, string[]> {
  const ours = new Set(Object.keys(SECURITY_HEADERS).map((name) => name.toLowerCase()));
  const kept = Object.entries(headers).filter(([name]) => !ours.has(name.toLowerCase()));
  return { ...Object.fromEntries(kept), ...Object.fromEntries(Object.entries(SECURITY_HEADERS).map(([k, v]) => [k, [v]])) };
}

/**
 * Locks a session down: no permission is ever granted (camera, notifications, clipboard reads…),
 * every request that is not the app's own file is cancelled before it leaves, every app://
 * response carries the CSP, and only the app's own files can be downloaded. Safe to call twice:
 * each setter replaces the previous handler, and downloads are hooked once.
 */
export function guardSession(ses: Session): void {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequestUrl(details.url) });
  });
  // Only our pages get our policy: the DevTools front end (dev builds) has its own and breaks under ours.
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback(isAppUrl(details.url) ? { responseHeaders: withSecurityHeaders(details.responseHeaders) } : {});
  });
  handleDownloads(ses);
}
