import { pageOfHash } from '../../shared/navigation/deep-links';

// The places in the app, in the menu's order (settings last). The hash is the address so that a reload (or the desktop shell's
// app:// protocol, which serves one file) keeps the person where they were.
export const ROUTES = [
  { key: 'ledger', label: '台账' },
  { key: 'stats', label: '统计' },
  { key: 'report', label: '年报' },
  { key: 'checkup', label: '年报体检' },
  { key: 'backup', label: '备份与恢复' },
  { key: 'data', label: '数据包与汇总' },
  { key: 'settings', label: '设置' },
] as const;

export type RouteKey = (typeof ROUTES)[number]['key'];

export const DEFAULT_ROUTE: RouteKey = 'ledger';

export function routeFromHash(hash: string): RouteKey {
  const key = pageOfHash(hash);
  return ROUTES.find((r) => r.key === key)?.key ?? DEFAULT_ROUTE;
}

export function hashFor(route: RouteKey): string {
  return `#/${route}`;
}
