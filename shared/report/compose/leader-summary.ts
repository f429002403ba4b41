import type { LeaderRole } from '../../domain/activity';

// What part 三 is read for: how the principal leader carried the 第一责任人 duty over the year, as one
// tally by role — "主持召开党组会议、法治建设推进会等4次，带头述法1次，参加党组理论中心组学习3次".
// Each entry's own sentence (date, place, figures) stays in its own subsection of part 一; this
// counts entries and names what they were, and says nothing the entries do not.

export interface LeaderDeed {
  role: Exclude<LeaderRole, ''>;
  /** The entry's action as the composer words it: "召开党组会议". */
  action: string;
}

/** The most actions one clause names before "等"; more reads as the list part 一 already gives. */
export const NAMED_ACTIONS = 3;

const ROLE_ORDER: readonly LeaderDeed['role'][] = ['主持', '述法', '参加'];
// "参加开展……" / "参加组织……" is not Chinese: the one who attends does not 开展 it.
const ORGANISER_VERBS = /^(组织开展|开展|组织|举办|举行)/u;
// A whole sentence used as the action ("……，……") cannot be listed inside another.
const NOT_LISTABLE = /[，,。；;：:]/u;

function actionFor(role: LeaderDeed['role'], action: string): string {
  if (role === '参加') return action.replace(ORGANISER_VERBS, '');
  return action;
}

function roleClause(role: LeaderDeed['role'], deeds: readonly LeaderDeed[]): string {
  const count = deeds.length;
  if (role === '述法') return `带头述法${count}次`;
  const actions = [...new Set(deeds.map((d) => actionFor(role, d.action)).filter((a) => a && !NOT_LISTABLE.test(a)))];
  const more = actions.length > NAMED_ACTIONS || actions.length < new Set(deeds.map((d) => d.action)).size;
  const named = actions.slice(0, NAMED_ACTIONS).join('、');
  if (!named) return `${role}相关工作${count}次`;
  return `${role}${named}${more ? '等' : ''}${count}次`;
}

/** '' when the leader took part in nothing; `who` is the leader as the unit profile names them. */
export function leaderSummary(who: string, deeds: readonly LeaderDeed[]): string {
  const clauses = ROLE_ORDER.flatMap((role) => {
    const mine = deeds.filter((d) => d.role === role);
    return mine.length ? [roleClause(role, mine)] : [];
  });
  if (!clauses.length) return '';
  const separator = clauses.some((c) => c.includes('、')) ? '，' : '、';
  return `全年，${who || '主要负责人'}${clauses.join(separator)}。`;
}
