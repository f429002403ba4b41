import type http from 'node:http';
import type { Caller } from '../../shared/auth/caller';
import type { UserAccount } from '../../shared/auth/user-account';
import type { Session } from '../store/session-store';

/** The colleague's address as the audit log shows it (an IPv4 peer without Node's ::ffff: prefix). */
export function clientIp(req: http.IncomingMessage): string {
  const address = req.socket.remoteAddress ?? '';
  return address.startsWith('::ffff:') ? address.slice(7) : address;
}

/** Who a signed-in request acts as: the user as the store has them now (role and 科室 read afresh). */
export function callerOf(session: Session, user: UserAccount, ip: string): Caller {
  return {
    kind: 'user',
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    department: user.department,
    sessionId: session.id,
    ip,
  };
}
