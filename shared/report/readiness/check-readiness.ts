import type { ReadinessFinding, ReadinessGroup, ReadinessReport } from '../../domain/readiness';
import { chineseNumeral } from '../text/cn-numerals';
import { checkEmptySubsections } from './check-empty-subsections';
import { checkEvidence, EVIDENCE_GROUP } from './check-evidence';
import { checkLastYearFigures } from './check-last-year-figures';
import { checkLeaderMaterial } from './check-leader-material';
import { checkLeaderShufa } from './check-leader-shufa';
import { checkLeaderStudy } from './check-leader-study';
import { checkNarratives } from './check-narratives';
import { checkPolicyPeriod } from './check-policy-period';
import { checkRateDenominators } from './check-rate-denominators';
import { checkReportLint } from './check-report-lint';
import { checkSummaries } from './check-summaries';
import type { ReadinessInput } from './readiness-input';
import { reportDeadlines } from './report-deadlines';

// 年报体检 for one year and template: every check, one per file, over what assembly already gathered.
// Pure. Findings are ordered by the template's parts, 必须补 before 建议补, then as each check found them.

const CHECKS = [checkPolicyPeriod, checkEmptySubsections, checkNarratives, checkLeaderShufa, checkLeaderStudy, checkLeaderMaterial, checkSummaries, checkRateDenominators, checkLastYearFigures, checkReportLint, checkEvidence];

function groups(input: ReadinessInput): ReadinessGroup[] {
  const out = input.assembly.template.parts.map((p, i) => {
    const heading = input.assembled.blocks.find((b) => b.kind === 'heading1' && b.key === p.id)?.text ?? p.heading;
    return { key: p.id, title: `${chineseNumeral(i + 1)}、${heading}` };
  });
  return [...out, { key: EVIDENCE_GROUP, title: '佐证材料' }];
}

export function checkReadiness(input: ReadinessInput, meta: { templateId: number; templateName: string }): ReadinessReport {
  const all: ReadinessFinding[] = CHECKS.flatMap((check) => check(input));
  const order = groups(input);
  const rank = (f: ReadinessFinding) => {
    const at = order.findIndex((g) => g.key === f.group);
    return at < 0 ? order.length : at;
  };
  const findings = all
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank(a.f) - rank(b.f) || Number(a.f.severity === 'should') - Number(b.f.severity === 'should') || a.i - b.i)
    .map(({ f }) => f);
  const { year, today } = input.assembly;
  return { year, ...meta, today, deadlines: reportDeadlines(year, today), groups: order, findings };
}
