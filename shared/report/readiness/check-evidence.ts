import type { ReadinessFinding } from '../../domain/readiness';
import { entryLabel } from './entry-label';
import type { ReadinessInput } from './readiness-input';

// The ledger's 佐证检查 (shared/domain/evidence-rules.ts) as findings: one per entry, opening its evidence tab.

export const EVIDENCE_GROUP = 'evidence';

export function checkEvidence({ evidenceGaps }: Pick<ReadinessInput, 'evidenceGaps'>): ReadinessFinding[] {
  return evidenceGaps.map((g) => ({
    code: 'evidence-missing',
    severity: 'should',
    group: EVIDENCE_GROUP,
    text: `${entryLabel(g.title, g.date, g.datePrecision, g.endDate)}缺少${g.missing.join('、')}（${g.rules.join('、')}通常需要）`,
    link: { to: 'entry', id: g.activityId, tab: 'evidence' },
  }));
}
