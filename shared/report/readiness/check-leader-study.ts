import type { ReadinessFinding } from '../../domain/readiness';
import { leaderSection, measuresPartId } from './find-part';
import { isLeaderStudy } from './leader-entries';
import type { ReadinessInput } from './readiness-input';

export function checkLeaderStudy({ assembly }: ReadinessInput): ReadinessFinding[] {
  if (assembly.entries.some((e) => isLeaderStudy(e, assembly.categories))) return [];
  const group = leaderSection(assembly.template)?.part ?? measuresPartId(assembly.template);
  return [
    {
      code: 'leader-study-missing',
      severity: 'should',
      group,
      text: `${assembly.year}年度台账中没有主要负责人参加或主持学法的记录（如党组理论学习中心组学法、法治专题讲座）`,
      link: { to: 'ledger', year: assembly.year, category: 'study' },
    },
  ];
}
