import { useEffect } from 'react';
import { hashQuery } from '../../../shared/navigation/deep-links';

const FIELDS = ['problems', 'plans', 'other', 'dutiesParagraph', 'superior', 'preface'] as const;
export type NarrativeFocus = (typeof FIELDS)[number];

/**
 * Follows "#/report?year=Y&narrative=<field>" (from 年报体检): shows that year and opens the year's
 * narrative on that field. Read once, then the address goes back to "#/report".
 */
export function useReportDeepLink(open: (year: number | undefined, field: NarrativeFocus) => void): void {
  useEffect(() => {
    const follow = () => {
      const q = hashQuery(window.location.hash);
      if (!q.narrative && !q.year) return;
      window.history.replaceState(null, '', '#/report');
      const year = Number(q.year);
      const field = FIELDS.find((f) => f === q.narrative) ?? 'problems';
      open(Number.isInteger(year) && year > 1948 ? year : undefined, field);
    };
    follow();
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [open]);
}
