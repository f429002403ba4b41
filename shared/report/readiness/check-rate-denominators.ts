import type { ReadinessFinding } from '../../domain/readiness';
import type { MetricTotal } from '../numbers/metric-totals';
import { computeTotals, findTotal } from '../numbers/metric-totals';
import { parseTemplateText, placeholdersOf } from '../text/placeholders';
import { measuresPartId } from './find-part';
import type { ReadinessInput } from './readiness-input';

// A rate the report states should rest on two counts (公示率 = 公示案件 / 办理案件). When the year has the
// typed percentage or the numerator but not the denominator, the rate cannot be checked or computed.

interface RatePair {
  name: string;
  numerator: string;
  denominator: string;
}

function ratePairs(input: ReadinessInput): RatePair[] {
  const { template } = input.assembly;
  const pairs: RatePair[] = template.rates.map((r) => ({ ...r }));
  const texts = template.parts.flatMap((p) => (p.kind === 'measures' ? [p.lead, ...p.subsections.flatMap((s) => (s.kind === 'entries' ? [s.lead, ...s.metricSentences] : [s.lead]))] : []));
  for (const t of texts) {
    for (const p of placeholdersOf(parseTemplateText(t))) {
      if (p.kind === 'rate' && !pairs.some((x) => x.numerator === p.numerator && x.denominator === p.denominator)) {
        pairs.push({ name: `${p.numerator}与${p.denominator}之比`, numerator: p.numerator, denominator: p.denominator });
      }
    }
  }
  return pairs;
}

export function checkRateDenominators(input: ReadinessInput): ReadinessFinding[] {
  const { assembly } = input;
  const excluded = new Set(assembly.choices.excluded);
  const { totals } = computeTotals(assembly.entries.filter((e) => !excluded.has(e.id)));
  const out: ReadinessFinding[] = [];
  for (const pair of ratePairs(input)) {
    if (findTotal(totals, pair.denominator)) continue;
    const typed = findTotal(totals, pair.name);
    const numerator = findTotal(totals, pair.numerator);
    const given: MetricTotal | undefined = typed ?? numerator;
    const source = given?.sources[0];
    if (!given || !source) continue;
    const what = typed ? `${pair.name}${typed.value}%` : `“${pair.numerator}”`;
    out.push({
      code: 'rate-denominator-missing',
      severity: 'should',
      group: measuresPartId(assembly.template),
      text: `本年度台账记了${what}，但没有“${pair.denominator}”的数字，${pair.name}缺少分母，无法核算`,
      link: { to: 'entry', id: source },
    });
  }
  return out;
}
