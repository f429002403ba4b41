import type { AppLog } from '../logging/app-log';
import type { Registry } from '../registry';

/** What the host server's routes share. */
export interface HostDeps {
  /** The app's registry, called per request as the signed-in user (asCaller). */
  registry: Registry;
  /** True when served over TLS: the cookie gets Secure, and the page's own origin is https://. */
  secure: boolean;
  /** The port listened on (known once listening; part of the cookie's name). */
  port(): number;
  log?: AppLog;
}
