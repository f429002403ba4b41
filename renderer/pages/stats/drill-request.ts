import type { StatsDrill } from '../../../shared/domain/stats';

/** What the entries drawer lists: one figure's entries, in words and as activities.list filters. */
export interface DrillRequest {
  /** e.g. "2024年3月", "2024年 · 行政执法", "2024年 · 指标：办理案件（件）". */
  title: string;
  year: number;
  drill: StatsDrill;
  /** For a metric: entries carrying it whose figure a period total already covers. */
  notCounted?: readonly string[];
}

/** The link the ledger opens an entry from. */
export function ledgerEntryHref(id: string): string {
  return `#/ledger?entry=${encodeURIComponent(id)}`;
}
