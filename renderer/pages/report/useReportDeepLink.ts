import { useEffect } from 'react';
import { linkQueryFor } from '../../../shared/navigation/deep-links';

const FIELDS = ['problems', 'plans', 'other', 'dutiesParagraph', 'superior', 'preface'] as const;
export type NarrativeFocus = (typeof FIELDS)[number];

/** What a link opens on the 年报 page: the year's narrative on a field, 管理模板, or just the year. */
export type ReportLinkTarget = { narrative: NarrativeFocus } | 'templates' | 'year';

/**
 * Follows "#/report?year=Y&narrative=<field>" and "#/report?year=Y&open=templates" (from 年报体检):
 * shows that year and opens the narrative on that field, or the template manager; "#/report?year=Y"
 * shows the year. Read once, then the address goes back to "#/report".
 */
export function useReportDeepLink(open: (year: number | undefined, target: ReportLinkTarget) => void): void {
  useEffect(() => {
    const follow = () => {
      const q = linkQueryFor('report', window.location.hash);
      if (!q.narrative && !q.year && !q.open) return;
      window.history.replaceState(null, '', '#/report');
      const year = Number(q.year);
      const linkedYear = Number.isInteger(year) && year > 1948 ? year : undefined;
      if (q.open === 'templates') return open(linkedYear, 'templates');
      const field = FIELDS.find((f) => f === q.narrative);
      // "#/report?year=Y" alone shows the year; only a named field opens the narrative.
      open(linkedYear, q.narrative ? { narrative: field ?? 'problems' } : 'year');
    };
    follow();
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [open]);
}
