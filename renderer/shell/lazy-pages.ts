import type { ComponentType } from 'react';
import { lazy } from 'react';
import type { RouteKey } from './routes';

// Each page is its own chunk, fetched when first opened: a browser on another desk gets the menu
// after the shell alone, not after every page (and the charts) have come over HTTP.

function page(load: () => Promise<ComponentType>): ComponentType {
  return lazy(() => load().then((component) => ({ default: component })));
}

export const PAGES: Record<RouteKey, ComponentType> = {
  ledger: page(() => import('../pages/ledger/LedgerPage').then((m) => m.LedgerPage)),
  review: page(() => import('../pages/review/ReviewPage').then((m) => m.ReviewPage)),
  stats: page(() => import('../pages/stats/StatsPage').then((m) => m.StatsPage)),
  report: page(() => import('../pages/report/ReportPage').then((m) => m.ReportPage)),
  checkup: page(() => import('../pages/checkup/CheckupPage').then((m) => m.CheckupPage)),
  settings: page(() => import('../pages/settings/SettingsPage').then((m) => m.SettingsPage)),
  backup: page(() => import('../pages/backup/BackupPage').then((m) => m.BackupPage)),
  data: page(() => import('../pages/data/DataPage').then((m) => m.DataPage)),
  sharing: page(() => import('../pages/sharing/SharingPage').then((m) => m.SharingPage)),
  audit: page(() => import('../pages/audit/AuditPage').then((m) => m.AuditPage)),
  users: page(() => import('../pages/users/UsersPage').then((m) => m.UsersPage)),
};

/** Only when the data file failed its start-up check, so it is not in the shell's chunk either. */
export const RecoveryPage = lazy(() => import('../pages/backup/RecoveryPage').then((m) => ({ default: m.RecoveryPage })));
