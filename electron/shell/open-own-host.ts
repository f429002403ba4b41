import { shell } from 'electron';

// The one exception to "the window never leaves its origin": while 局域网共享 runs, the panel's link
// to this machine's own host address (http://127.0.0.1:<port>/) opens in the system browser, where
// the user signs in with an account. The test is given by main.ts (host-controller's isOwnHostUrl).

let isOwnHost: (url: string) => boolean = () => false;

export function allowOpeningOwnHost(test: (url: string) => boolean): void {
  isOwnHost = test;
}

/** Hands the URL to the system browser when it is the running host's own; anything else is dropped. */
export function openOwnHostExternally(url: string): void {
  if (isOwnHost(url)) void shell.openExternal(url);
}
