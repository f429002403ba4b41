import type { ReadinessFinding } from '../../domain/readiness';
import { computeTotals } from '../numbers/metric-totals';
import { isPercentUnit } from '../numbers/quantity-phrase';
import { parseTemplateText, placeholdersOf } from '../text/placeholders';
import { measuresPartId } from './find-part';
import type { ReadinessInput } from './readiness-input';

// The figures the report compares with last year (同比): period counters (cases, 热线, 复议) and any
// metric a template sentence asks 同比 for. Without last year's total the comparison is left out.

function yoyNames(input: ReadinessInput): Set<string> {
  const names = new Set<string>();
  for (const e of input.assembly.entries) if (e.period !== '') e.metrics.forEach((m) => names.add(m.name));
  for (const part of input.assembly.template.parts) {
    if (part.kind !== 'measures') continue;
    for (const sub of part.subsections) {
      const texts = sub.kind === 'entries' ? [sub.lead, ...sub.metricSentences] : [sub.lead];
      for (const t of texts) for (const p of placeholdersOf(parseTemplateText(t))) if (p.kind === 'metric' && p.yoy) names.add(p.name);
    }
  }
  return names;
}

export function checkLastYearFigures(input: ReadinessInput): ReadinessFinding[] {
  const { assembly } = input;
  const excluded = new Set(assembly.choices.excluded);
  const entries = assembly.entries.filter((e) => !excluded.has(e.id));
  const names = yoyNames(input);
  const out: ReadinessFinding[] = [];
  for (const total of computeTotals(entries).totals) {
    if (!names.has(total.name) || isPercentUnit(total.unit)) continue;
    if (assembly.lastYearTotals.some((t) => t.name === total.name && t.unit === total.unit)) continue;
    const first = entries.find((e) => total.sources.includes(e.id));
    const category = assembly.categories.find((c) => c.id === first?.categoryId);
    const categoryRef = category?.key ?? category?.name;
    out.push({
      code: 'last-year-missing',
      severity: 'should',
      group: measuresPartId(assembly.template),
      text: `指标“${total.name}”没有${assembly.year - 1}年的数字，报告中写不出同比（可补记${assembly.year - 1}年的年度汇总）`,
      link: { to: 'ledger', year: assembly.year - 1, ...(categoryRef ? { category: categoryRef } : {}) },
    });
  }
  return out;
}
