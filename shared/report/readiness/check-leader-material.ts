import type { ReadinessFinding } from '../../domain/readiness';
import { leaderSection } from './find-part';
import type { ReadinessInput } from './readiness-input';

// Part 三 needs either the year's duties paragraph or entries where the principal leader took part;
// with neither it is only the template's general wording. Without the paragraph it still reads generic.

export function checkLeaderMaterial({ assembly, assembled }: ReadinessInput): ReadinessFinding[] {
  const section = leaderSection(assembly.template);
  if (!section) return [];
  const heading = assembled.subsections.find((s) => s.key === section.key)?.heading ?? section.heading;
  const items = assembled.subsections.find((s) => s.key === section.key)?.items ?? 0;
  if (assembly.narrative.dutiesParagraph) return [];
  const link = { to: 'narrative', year: assembly.year, field: 'dutiesParagraph' } as const;
  if (items === 0) {
    return [{ code: 'leader-material-missing', severity: 'must', group: section.part, text: `“${heading}”没有材料：本年度没有主要负责人参加、主持或述法的台账，也没有填写第一责任人职责段`, link }];
  }
  return [{ code: 'duties-paragraph-missing', severity: 'should', group: section.part, text: `“${heading}”的第一责任人职责段还没有填写，报告暂用模板的通用表述`, link }];
}
