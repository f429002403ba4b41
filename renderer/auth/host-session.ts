import { createContext, useContext } from 'react';
import type { HostSignedIn } from '../../shared/auth/host-state';

// The signed-in colleague's session on the host, for the header's menu and the password notice.
// null in the local modes (desktop window, fazhi web): there is nobody to sign out.

export interface HostSession {
  state: HostSignedIn;
  openChangePassword(): void;
  signOut(): void;
}

export const HostSessionContext = createContext<HostSession | null>(null);

export function useHostSession(): HostSession | null {
  return useContext(HostSessionContext);
}
