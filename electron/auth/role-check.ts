import type { Caller } from '../../shared/auth/caller';
import { accessOf } from '../../shared/auth/permissions';
import { ROLE_NAMES } from '../../shared/auth/roles';
import type { OperationName } from '../../shared/contract/operations';
import { operations } from '../../shared/contract/operations';
import { AppError } from '../../shared/errors';

/**
 * Refuses a signed-in user whose role may not call the operation (shared/auth/permissions.ts). The
 * machine's own user may call everything. The message names the role and the operation as the
 * contract summarises it, so the user knows whom to ask.
 */
export function requireRole(name: OperationName, caller: Caller): void {
  if (caller.kind === 'local') return;
  const { roles } = accessOf(name);
  if (roles.includes(caller.role)) return;
  const what = operations[name].summary;
  if (roles.length === 0) throw new AppError('forbidden', `“${what}”只能在主机本机的程序中进行`);
  throw new AppError('forbidden', `${ROLE_NAMES[caller.role]}不能进行“${what}”的操作`);
}
