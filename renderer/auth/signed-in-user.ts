import { createContext, useContext } from 'react';
import type { Role } from '../../shared/auth/roles';

// Who is using the page: a colleague signed in to the host (局域网多人使用), or null for the
// machine's own user (desktop window, local browser mode), who may do everything as before
// accounts existed. Pages use it to show only what the role may do; the host checks every call
// anyway (electron/registry.ts), so this is for a clear page, not for security.

export interface SignedInUser {
  username: string;
  displayName: string;
  role: Role;
  department: string;
}

export const SignedInUserContext = createContext<SignedInUser | null>(null);

export function useSignedInUser(): SignedInUser | null {
  return useContext(SignedInUserContext);
}
