import type { Caller } from '../../shared/auth/caller';
import type { OperationName } from '../../shared/contract/operations';
import { AppError } from '../../shared/errors';
import type { SharingControl } from '../app-context';

// While 局域网共享 runs beside the window (electron/server/host-controller.ts), the machine's own
// window must not stay a way to the data without an account, when colleagues need one: the local
// caller keeps only what the 局域网共享 panel needs, and signs in at the host's own address like
// everybody else. Stopping sharing gives the window everything back.

const LOCAL_WHILE_SHARING: ReadonlySet<OperationName> = new Set<OperationName>(['app.info', 'host.status', 'sharing.start', 'sharing.stop', 'sharing.status']);

export function sharingRefusal(url: string): string {
  return `局域网共享已开启：本机也请在浏览器中打开 ${url} 用账户登录使用，或先停止共享。`;
}

/** Throws `forbidden` for a local call other than the panel's while sharing runs. */
export function refuseLocalWhileSharing(sharing: SharingControl | undefined, name: OperationName, caller: Caller): void {
  if (caller.kind !== 'local' || LOCAL_WHILE_SHARING.has(name)) return;
  const running = sharing?.running();
  if (running) throw new AppError('forbidden', sharingRefusal(running.url));
}
