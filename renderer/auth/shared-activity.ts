// The idle clock shared by every tab of the host's page in one browser. Tabs of one browser hold
// one session cookie, so the host counts a call from any of them as activity of that one session;
// each tab's own idle watch (useIdleWatch.ts) must count them too, or a tab left in the background
// warns, and signs its colleague out on the page, while they work in another tab.
//
// The tabs tell each other through localStorage: a tab writes the time of the latest call the host
// answered, and the browser fires `storage` in every *other* tab of the same origin (the host's
// address and port). This works over plain http://192.168.x.x in Chrome 109 and Firefox ESR 115,
// unlike the secure-context-only APIs (tests/unit/old-browser-apis.test.ts). Where storage is not
// allowed (a locked-down profile), each tab simply counts on its own, as before.

/** One key per origin: the host's address and port already set the origin. */
export const SHARED_TOUCH_KEY = 'fazhi.host.lastTouch';

interface SharedTouch {
  /** Whose session: a value another account left behind is not this one's activity. */
  username: string;
  /** The page's clock (Date.now()) when the answered call was sent. */
  at: number;
}

export function encodeSharedTouch(username: string, at: number): string {
  return JSON.stringify({ username, at } satisfies SharedTouch);
}

/** The time in a stored value, when it is this user's; null for anything else (another user, a damaged value). */
export function decodeSharedTouch(raw: string | null, username: string): number | null {
  if (raw === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!value || typeof value !== 'object') return null;
  const { username: who, at } = value as Partial<SharedTouch>;
  if (who !== username || typeof at !== 'number' || !Number.isFinite(at) || at <= 0) return null;
  return at;
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    // Storage turned off for the site: reading the property itself throws.
    return null;
  }
}

/** Tells the other tabs that the host answered a call of `username`'s session sent at `at`. */
export function shareTouch(username: string, at: number): void {
  try {
    storage()?.setItem(SHARED_TOUCH_KEY, encodeSharedTouch(username, at));
  } catch {
    // Full or refused: this tab still counts its own calls.
  }
}

/** Calls `listener` with the time of each call another tab of `username`'s session had answered. */
export function onSharedTouch(username: string, listener: (at: number) => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key !== SHARED_TOUCH_KEY) return;
    const at = decodeSharedTouch(event.newValue, username);
    if (at !== null) listener(at);
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}
