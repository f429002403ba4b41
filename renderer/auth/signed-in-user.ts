import { createContext, useContext } from 'react';
import { roleMayCall } from '../../shared/auth/permissions';
import type { Role } from '../../shared/auth/roles';
import type { OperationName } from '../../shared/contract/operations';

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

/** Whether `user` may call the operation (the machine's own user may call all). */
export function mayCall(user: SignedInUser | null, name: OperationName): boolean {
  return user === null || roleMayCall(user.role, name);
}

/**
 * Whether the person using the page may call the operation. A page does not make a call the host
 * would refuse: each refusal of a signed-in user is a row in the 审计日志, and the 审计员 looks for them.
 */
export function useMayCall(name: OperationName): boolean {
  return mayCall(useSignedInUser(), name);
}
