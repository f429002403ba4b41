import { z } from 'zod';
import type { Role } from '../auth/roles';
import { ROLES } from '../auth/roles';
import { line, requiredLine, uuid } from '../validation/fields';
import { ACTIVITY_LIMITS } from './activity';

// Moving a unit's single-PC 台账 into host mode (局域网共享). Entries written before accounts have
// no 录入人, and many have no 承办科室; a 录入员 sees only their own 科室's entries, so an entry
// without one would be seen only by the 审核员. Before colleagues sign in, the machine's own user
// gives those entries a 科室 and a 录入人 (host.assignOwners), and creates the first 管理员.
//
// Only entries without a 录入人 are touched: an entry that has one was written in host mode, and
// its 科室 was set when it was written. Entries merged from other units (origin ≠ '') keep their
// 承办科室 — it is the sending unit's, and changing it would make every such entry differ from its
// merge base, so that unit's next package would raise a conflict for each — but they get the
// 录入人 too, so that every entry has someone responsible for it on this host.

/** How a blank 承办科室 is shown. */
export const BLANK_DEPARTMENT_NAME = '未填写科室';

export function departmentName(department: string): string {
  return department === '' ? BLANK_DEPARTMENT_NAME : department;
}

/** The roles whose accounts may be made the 录入人 of entries. */
export const AUTHOR_ROLES: readonly Role[] = ['entry', 'reviewer'];

export interface HostOwnerRow {
  /** As stored; '' = 未填写科室. */
  department: string;
  /** Entries with this 承办科室, the trash included (they can be restored). */
  entries: number;
  /** Of these, without a 录入人. */
  withoutAuthor: number;
  /** Of those, merged from other units: they keep their 承办科室 when assigned. */
  fromOtherUnits: number;
}

export interface HostStatus {
  /** Enabled accounts by role. */
  users: Record<Role, number>;
  /** Accounts that are disabled (not counted above). */
  disabledUsers: number;
  hasActiveAdmin: boolean;
  /** Every entry, the trash included. */
  entries: number;
  /** Blank 科室 first, then by the number of entries. */
  owners: HostOwnerRow[];
  /** This unit's own entries without 科室 and without 录入人: they must get a 科室. */
  withoutDepartment: number;
  /** Entries without a 录入人, of every 科室 and unit. */
  withoutAuthor: number;
  /** Nothing left to do before `fazhi serve`. */
  ready: boolean;
  /** What is left, in order, in the words the page and the CLI show. */
  steps: string[];
}

/** The facts the steps are worked out from. */
export interface HostStatusFacts {
  users: Record<Role, number>;
  disabledUsers: number;
  entries: number;
  owners: HostOwnerRow[];
}

export function emptyRoleCounts(): Record<Role, number> {
  return Object.fromEntries(ROLES.map((r) => [r, 0])) as Record<Role, number>;
}

/** Pure: the status from the counts the store gives. */
export function hostStatusOf(facts: HostStatusFacts): HostStatus {
  const blank = facts.owners.find((o) => o.department === '');
  const withoutDepartment = blank ? blank.withoutAuthor - blank.fromOtherUnits : 0;
  const withoutAuthor = facts.owners.reduce((sum, o) => sum + o.withoutAuthor, 0);
  const hasActiveAdmin = facts.users.admin > 0;
  const steps: string[] = [];
  if (!hasActiveAdmin) steps.push('创建管理员');
  if (withoutDepartment > 0) steps.push(`为未填写承办科室的${withoutDepartment}条台账指定科室`);
  if (withoutAuthor > 0) {
    // A 录入人 can only be chosen among 录入员 and 审核员 accounts; say so when there is none yet.
    if (facts.users.entry + facts.users.reviewer === 0) steps.push('添加录入员或审核员账号');
    steps.push(`为${withoutAuthor}条台账指定录入人`);
  }
  return { ...facts, hasActiveAdmin, withoutDepartment, withoutAuthor, ready: steps.length === 0, steps };
}

export const HOST_SETUP_LIMITS = { assignments: 500, fromDepartment: 100 } as const;

export const HOST_SETUP_LABELS = {
  assignments: '指定',
  fromDepartment: '原承办科室',
  toDepartment: '归属科室',
  authorUserId: '录入人',
} as const;

const assignment = z
  .object({
    // As status gave it: '' for the entries without 科室. Not held to the entry limit: it names what is stored.
    fromDepartment: line(HOST_SETUP_LIMITS.fromDepartment),
    toDepartment: requiredLine(ACTIVITY_LIMITS.department),
    authorUserId: uuid,
  })
  .strict();
export type OwnerAssignment = z.output<typeof assignment>;

export const hostAssignOwnersInput = z
  .object({ assignments: z.array(assignment).min(1, { message: '请至少为一个科室指定录入人' }).max(HOST_SETUP_LIMITS.assignments) })
  .strict();

export interface HostAssignResult {
  /** Entries given a 录入人 (and, for this unit's own, the 归属科室). */
  changed: number;
}
