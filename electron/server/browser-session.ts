import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

// Browser mode's per-launch secret, as notebook servers have it: any local process (or another OS
// account) can reach 127.0.0.1, so being local proves nothing. The address the program prints
// carries a token; the page trades it once for an HttpOnly cookie, and every other request must
// bring that cookie. Both secrets live only in this process, so a restart shuts out old tabs.

export interface BrowserSession {
  /** Goes into the printed address (`?token=`); never logged. */
  readonly token: string;
  /** True when this is the token of this launch. Constant time. */
  isToken(candidate: string | null | undefined): boolean;
  /** True when the Cookie header carries this launch's cookie for this port. */
  hasCookie(cookieHeader: string | undefined, port: number): boolean;
  /** The Set-Cookie value that signs the browser in. */
  setCookie(port: number): string;
}

/** Cookies do not keep ports apart, so two servers on one machine need two names. */
export function sessionCookieName(port: number): string {
  return `fazhi_session_${port}`;
}

/**
 * Compares digests rather than the strings: equal lengths for timingSafeEqual, and neither the
 * length nor any prefix of the secret shows in how long a wrong guess takes.
 */
function sameSecret(candidate: string, secret: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
  return timingSafeEqual(digest(candidate), digest(secret));
}

function cookieValues(cookieHeader: string, name: string): string[] {
  return cookieHeader
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part.startsWith(`${name}=`))
    .map((part) => part.slice(name.length + 1));
}

export function createBrowserSession(): BrowserSession {
  const token = randomBytes(32).toString('base64url');
  // A second secret for the cookie: the token may linger in a browser's history, the cookie does not.
  const cookieSecret = randomBytes(32).toString('base64url');
  return {
    token,
    isToken: (candidate) => typeof candidate === 'string' && candidate.length > 0 && sameSecret(candidate, token),
    hasCookie(cookieHeader, port) {
      if (!cookieHeader) return false;
      // Every value is compared, so a forged cookie of the same name placed first does not hide the real one.
      return cookieValues(cookieHeader, sessionCookieName(port)).reduce((found, value) => sameSecret(value, cookieSecret) || found, false);
    },
    // No Max-Age: the cookie ends with the browser, and the secret ends with this process anyway.
    setCookie: (port) => `${sessionCookieName(port)}=${cookieSecret}; Path=/; HttpOnly; SameSite=Strict`,
  };
}
