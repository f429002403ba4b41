import type { ReadinessFinding } from '../../domain/readiness';
import { leaderSection, measuresPartId } from './find-part';
import { isLeaderShufa } from './leader-entries';
import type { ReadinessInput } from './readiness-input';

export function checkLeaderShufa({ assembly }: ReadinessInput): ReadinessFinding[] {
  if (assembly.entries.some(isLeaderShufa)) return [];
  const group = leaderSection(assembly.template)?.part ?? measuresPartId(assembly.template);
  return [
    {
      code: 'leader-shufa-missing',
      severity: 'must',
      group,
      text: `${assembly.year}年度台账中没有主要负责人述法的记录（“主要负责人参与”选“述法”，或标题写明述法）`,
      link: { to: 'ledger', year: assembly.year, category: 'first-duty' },
    },
  ];
}
