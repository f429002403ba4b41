import type { ReadinessFinding } from '../../domain/readiness';
import type { ReadinessInput } from './readiness-input';

// Parts 二 (存在的不足) and 四 (下一年度安排) are written by a person; nothing in the log can fill them.

export function checkNarratives({ assembly, assembled }: ReadinessInput): ReadinessFinding[] {
  const out: ReadinessFinding[] = [];
  const headingOf = (id: string) => assembled.blocks.find((b) => b.kind === 'heading1' && b.key === id)?.text ?? id;
  for (const part of assembly.template.parts) {
    if (part.kind === 'problems' && assembly.narrative.problems.length === 0) {
      out.push({ code: 'problems-missing', severity: 'must', group: part.id, text: `“${headingOf(part.id)}”还没有填写存在的不足`, link: { to: 'narrative', year: assembly.year, field: 'problems' } });
    }
    if (part.kind === 'plans' && assembly.narrative.plans.length === 0) {
      out.push({ code: 'plans-missing', severity: 'must', group: part.id, text: `“${headingOf(part.id)}”还没有填写下一年度的工作安排`, link: { to: 'narrative', year: assembly.year, field: 'plans' } });
    }
  }
  return out;
}
