import type { ReadinessFinding } from '../../domain/readiness';
import { entryLabel } from './entry-label';
import { partOfKey } from './find-part';
import type { ReadinessInput } from './readiness-input';

// An entry whose sentence in the report is only its title. Assembly already notices it (its
// summary-missing warning names the entry and the section); this turns each into a finding.

export function checkSummaries({ assembly, assembled }: ReadinessInput): ReadinessFinding[] {
  const byId = new Map(assembly.entries.map((e) => [e.id, e]));
  const out: ReadinessFinding[] = [];
  for (const w of assembled.warnings) {
    if (w.code !== 'summary-missing') continue;
    for (const id of w.activityIds ?? []) {
      const e = byId.get(id);
      if (!e) continue;
      out.push({
        code: 'summary-missing',
        severity: 'should',
        group: partOfKey(w.key ?? ''),
        text: `${entryLabel(e.title, e.date, e.datePrecision, e.endDate)}没有内容摘要，报告中只能用标题代替一句完整的话`,
        link: { to: 'entry', id },
      });
    }
  }
  return out;
}
