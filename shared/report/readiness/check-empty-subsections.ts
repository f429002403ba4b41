import type { ReadinessFinding } from '../../domain/readiness';
import { partsOfKind } from './find-part';
import type { ReadinessInput } from './readiness-input';

// A subsection of part 一 the year's log has nothing for. The fallback (其他工作) is allowed to be empty.

export function checkEmptySubsections({ assembly, assembled }: ReadinessInput): ReadinessFinding[] {
  const out: ReadinessFinding[] = [];
  for (const part of partsOfKind(assembly.template, 'measures')) {
    for (const sub of part.subsections) {
      if (sub.kind !== 'entries' || sub.fallback) continue;
      const info = assembled.subsections.find((s) => s.key === `${part.id}.${sub.id}`);
      if (!info?.empty) continue;
      out.push({
        code: 'subsection-empty',
        severity: 'should',
        group: part.id,
        text: `“${info.heading}”本年度没有台账内容，报告中这一节会被省略`,
        link: { to: 'ledger', year: assembly.year, ...(sub.categories[0] ? { category: sub.categories[0] } : {}) },
      });
    }
  }
  return out;
}
