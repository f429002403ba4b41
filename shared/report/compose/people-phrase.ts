import type { LeaderRole } from '../../domain/activity';

// Who took part: the principal leader's part in it ("党组书记、局长主持"), then the 参加范围 and the
// count ("局班子成员及中层干部共23人参加", "参加23人"). The leader is named as the unit profile names
// them, or "主要负责人" when the profile is empty — never a name the entry and profile do not give.

export interface PeopleSource {
  leaderRole: LeaderRole;
  /** The unit's leader as the profile gives them: 党组书记、局长张三; '' when not filled in. */
  leader: string;
  participantsDesc: string;
  participantCount: number | null;
}

const ROLE_WORDS: Record<Exclude<LeaderRole, ''>, string> = { 主持: '主持', 参加: '参加', 述法: '述法' };

export function leaderClause(source: Pick<PeopleSource, 'leaderRole' | 'leader'>): string {
  if (!source.leaderRole) return '';
  return `${source.leader || '主要负责人'}${ROLE_WORDS[source.leaderRole]}`;
}

export function participantsClause(source: Pick<PeopleSource, 'participantsDesc' | 'participantCount'>): string {
  const desc = source.participantsDesc.trim().replace(/[。，,；;]+$/u, '');
  const count = source.participantCount;
  const hasCount = count !== null && count > 0;
  if (desc && hasCount) return /参加|参与|出席|列席/.test(desc) ? `${desc}，共${count}人` : `${desc}共${count}人参加`;
  if (desc) return /参加|参与|出席|列席/.test(desc) ? desc : `${desc}参加`;
  return hasCount ? `参加${count}人` : '';
}
