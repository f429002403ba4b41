import { useEffect, useState } from 'react';
import { call } from '../../api/client';
import type { Activity } from '../../../shared/domain/activity';
import { ACTIVITY_LIMITS } from '../../../shared/domain/activity';
import { useMayCall } from '../../auth/signed-in-user';

export interface EvidenceStatus {
  /** Entry id → what it lacks by the usual rules. */
  gaps: Map<string, string[]>;
  /** Ids of the shown entries that have no file at all; null while unknown. */
  without: Set<string> | null;
}

const EMPTY: EvidenceStatus = { gaps: new Map(), without: null };

/**
 * The 佐证 column for one page of the list, in two requests however many rows there are: the
 * year's evidence gaps, and which entries in the page's date span have no file. (The list itself
 * does not carry an attachment count.) `version` changes whenever evidence may have changed.
 */
async function load(items: Activity[], evidenceFilter: 'with' | 'without' | undefined, withGaps: boolean): Promise<EvidenceStatus> {
  const years = withGaps ? [...new Set(items.map((a) => Number(a.date.slice(0, 4))))] : [];
  const gapLists = await Promise.all(years.map((year) => call('evidence.gaps', { year })));
  const gaps = new Map(gapLists.flat().map((g) => [g.activityId, g.missing]));
  if (evidenceFilter) return { gaps, without: new Set(evidenceFilter === 'without' ? items.map((a) => a.id) : []) };
  const dates = items.map((a) => a.date).sort();
  const page = await call('activities.list', {
    from: dates[0],
    to: dates[dates.length - 1],
    evidence: 'without',
    limit: ACTIVITY_LIMITS.pageSize,
  });
  return { gaps, without: page.total > page.items.length ? null : new Set(page.items.map((a) => a.id)) };
}

export function useEvidenceStatus(items: Activity[] | undefined, evidenceFilter: 'with' | 'without' | undefined, version: number): EvidenceStatus {
  const [status, setStatus] = useState<EvidenceStatus>(EMPTY);
  // The gaps check is the 审核员's (佐证检查); a 录入员 still sees which entries have no file.
  const withGaps = useMayCall('evidence.gaps');
  useEffect(() => {
    if (!items || items.length === 0) return;
    let current = true;
    load(items, evidenceFilter, withGaps).then(
      (s) => current && setStatus(s),
      // The column is a hint; the list stays usable without it.
      (err: unknown) => console.error(err),
    );
    return () => {
      current = false;
    };
  }, [items, evidenceFilter, version, withGaps]);
  return status;
}
