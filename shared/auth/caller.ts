import type { Role } from './roles';

// Who is calling an operation, as the registry's boundary sees it. The desktop window, the local
// browser mode (127.0.0.1 with its launch token) and the CLI on the host are the machine's own user:
// they act as the unit itself, as before accounts existed. A colleague on the LAN is a signed-in user
// whose role and 科室 decide every operation and every entry it touches.

export type Caller =
  | { kind: 'local' }
  | {
      kind: 'user';
      userId: string;
      username: string;
      displayName: string;
      role: Role;
      /** The 科室 the user keeps entries for ('' for roles that see all). */
      department: string;
      /** The session's id (the hash of its token), for forced logout and the audit log. */
      sessionId: string;
      /** The client's address, for the audit log. */
      ip: string;
    };

export const LOCAL_CALLER: Caller = { kind: 'local' };
