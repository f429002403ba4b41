import type { Role } from '../../shared/auth/roles';
import { roleMayCall } from '../../shared/auth/permissions';
import type { OperationName } from '../../shared/contract/operations';
import { pageOfHash } from '../../shared/navigation/deep-links';

// The places in the app, in the menu's order (settings last). The hash is the address so that a reload (or the desktop shell's
// app:// protocol, which serves one file) keeps the person where they were.
// `requires`: the operation a page cannot do without; on the host the menu shows a page only to the
// roles that may call it (shared/auth/permissions.ts). The local modes show every page.
interface RouteEntry {
  key: string;
  label: string;
  requires?: OperationName;
}

export const ROUTES = [
  { key: 'ledger', label: '台账', requires: 'activities.list' },
  { key: 'review', label: '审核', requires: 'review.queue' },
  { key: 'stats', label: '统计', requires: 'stats.year' },
  { key: 'report', label: '年报', requires: 'report.draft.get' },
  { key: 'checkup', label: '年报体检', requires: 'report.readiness' },
  { key: 'backup', label: '备份与恢复', requires: 'backup.list' },
  { key: 'data', label: '数据包与汇总', requires: 'package.inspect' },
  { key: 'users', label: '用户管理', requires: 'users.list' },
  { key: 'audit', label: '审计日志', requires: 'audit.list' },
  { key: 'sharing', label: '局域网共享', requires: 'host.status' },
  { key: 'settings', label: '设置', requires: 'metrics.definitions.create' },
] as const satisfies readonly RouteEntry[];

export type Route = (typeof ROUTES)[number];
export type RouteKey = Route['key'];

/** The pages a signed-in role may open, in the menu's order; null (the machine's own user): all of them. */
export function routesFor(role: Role | null): readonly Route[] {
  if (role === null) return ROUTES;
  return ROUTES.filter((r) => {
    const needs = (r as RouteEntry).requires;
    return needs === undefined || roleMayCall(role, needs);
  });
}

export const DEFAULT_ROUTE: RouteKey = 'ledger';

export function routeFromHash(hash: string): RouteKey {
  const key = pageOfHash(hash);
  return ROUTES.find((r) => r.key === key)?.key ?? DEFAULT_ROUTE;
}

export function hashFor(route: RouteKey): string {
  return `#/${route}`;
}
