// Host mode's session cookie: the token login.ts handed out, kept by the browser. HttpOnly so a
// script on the page cannot read it; SameSite=Strict so no other site's page can make the browser
// send it (the first line of CSRF defence, see host-origin.ts); Secure when served over TLS. No
// Max-Age: it ends with the browser, and the store ends the session on its own clock anyway.

/** Cookies do not keep ports apart, so two hosts (or a host and `fazhi web`) on one machine need two names. */
export function hostCookieName(port: number): string {
  return `fazhi_host_${port}`;
}

/** Every value the Cookie header carries under our name (a forged one placed first must not hide the real one). */
export function sessionTokens(cookieHeader: string | undefined, port: number): string[] {
  if (!cookieHeader) return [];
  const name = hostCookieName(port);
  return cookieHeader
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part.startsWith(`${name}=`))
    .map((part) => part.slice(name.length + 1))
    .filter((value) => value.length > 0);
}

function attributes(secure: boolean): string {
  return `Path=/; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`;
}

export function sessionCookie(token: string, port: number, secure: boolean): string {
  return `${hostCookieName(port)}=${token}; ${attributes(secure)}`;
}

export function clearedSessionCookie(port: number, secure: boolean): string {
  return `${hostCookieName(port)}=; Max-Age=0; ${attributes(secure)}`;
}
