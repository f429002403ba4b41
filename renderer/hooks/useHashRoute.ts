import { useCallback, useSyncExternalStore } from 'react';
import type { RouteKey } from '../shell/routes';
import { hashFor, routeFromHash } from '../shell/routes';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const readHash = () => window.location.hash;
// The build renders the menu outside a browser for index.html (shell/prerender-shell.ssr.tsx).
const noHash = () => '';

/** The current page from the URL hash, and a way to go to another one. */
export function useHashRoute(): [RouteKey, (route: RouteKey) => void] {
  const hash = useSyncExternalStore(subscribe, readHash, noHash);
  const navigate = useCallback((route: RouteKey) => {
    window.location.hash = hashFor(route);
  }, []);
  return [routeFromHash(hash), navigate];
}
