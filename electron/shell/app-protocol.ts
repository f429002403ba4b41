import { protocol } from 'electron';
import type { FileRouteRegistry } from '../server/file-reply';
import type { FileRouteOptions } from '../server/file-routes';
import { isFileRoute } from '../server/file-routes';
import { APP_HOST, APP_SCHEME } from './app-origin';
import { respondToFileRequest } from './file-response';
import { respondFromRenderer } from './renderer-response';

/**
 * Must run before 'ready'. "standard" gives the scheme an origin (so CSP 'self' and relative URLs
 * work), "secure" makes it a secure context, "supportFetchAPI" lets the page fetch its own files.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Answers one app:// request: evidence files through the file routes, everything else from the built renderer. */
export function respondOnAppProtocol(rendererDir: string, registry: FileRouteRegistry, request: Request, options: FileRouteOptions = {}): Promise<Response> {
  const url = new URL(request.url);
  if (url.host === APP_HOST && isFileRoute(url.pathname)) return respondToFileRequest(registry, request, options);
  return respondFromRenderer(rendererDir, request);
}

/** Serves app:// on the default session; after 'ready'. */
export function serveAppProtocol(rendererDir: string, registry: FileRouteRegistry, options: FileRouteOptions = {}): void {
  protocol.handle(APP_SCHEME, (request) => respondOnAppProtocol(rendererDir, registry, request, options));
}
