import type http from 'node:http';
import { VERSION_HEADER } from '../../shared/auth/host-state';
import type { AppErrorData } from '../../shared/errors';

// A colleague's tab may stay open across an upgrade of the host: its script then speaks an older
// contract. The page says which version it was built as; a different one is refused before anything
// is done, telling the user to reload, rather than half-working.

export function versionMismatch(req: http.IncomingMessage, hostVersion: string): AppErrorData | null {
  const raw = req.headers[VERSION_HEADER.toLowerCase()];
  const sent = Array.isArray(raw) ? raw[0] : raw;
  if (sent === undefined || sent === hostVersion) return null;
  return {
    code: 'version_mismatch',
    message: `本页面的版本（${sent.slice(0, 40)}）与主机上的法治台账（${hostVersion}）不一致，请按 F5 刷新页面后再操作，刚才的操作没有保存。`,
  };
}
