import type { UserAccount } from '../../../shared/auth/user-account';
import type { HostOwnerRow, OwnerAssignment } from '../../../shared/domain/host-setup';
import { AUTHOR_ROLES, departmentName } from '../../../shared/domain/host-setup';

// What the owners table of 局域网共享 offers and sends; pure, so the page stays a layout.

/** One row's choices: 归属科室 and 录入人 (a user id), '' while not chosen. */
export interface OwnerChoice {
  toDepartment: string;
  authorUserId: string;
}

type Author = Pick<UserAccount, 'id' | 'username' | 'displayName' | 'role' | 'department' | 'disabledAt'>;

/**
 * The accounts that may be the 录入人 of entries going to `toDepartment`: every enabled 审核员, and
 * the enabled 录入员 of that 科室 (the host refuses any other; offering them would only lead there).
 */
export function authorsFor<U extends Author>(users: readonly U[], toDepartment: string): U[] {
  const to = toDepartment.trim();
  return users.filter((u) => !u.disabledAt && AUTHOR_ROLES.includes(u.role) && (u.role !== 'entry' || u.department === to));
}

/** The 科室 names to offer: the unit profile's, the accounts' and those already in the 台账. */
export function departmentOptions(unitDepartments: readonly string[], users: readonly Author[], owners: readonly HostOwnerRow[]): string[] {
  const names = [...unitDepartments, ...users.map((u) => u.department), ...owners.map((o) => o.department)].map((d) => d.trim()).filter(Boolean);
  return [...new Set(names)];
}

/** A row starts with its own 科室 (blank ones must be chosen) and, when only one account fits, that account. */
export function initialChoice<U extends Author>(row: HostOwnerRow, users: readonly U[]): OwnerChoice {
  const toDepartment = row.department;
  const fitting = toDepartment ? authorsFor(users, toDepartment) : [];
  return { toDepartment, authorUserId: fitting.length === 1 ? fitting[0]!.id : '' };
}

/** The rows that still need a 录入人 and have both choices made, as host.assignOwners takes them. */
export function assignmentsFrom(owners: readonly HostOwnerRow[], choices: Readonly<Record<string, OwnerChoice>>): OwnerAssignment[] {
  return owners.flatMap((row) => {
    const choice = choices[row.department];
    if (row.withoutAuthor === 0 || !choice || !choice.toDepartment.trim() || !choice.authorUserId) return [];
    return [{ fromDepartment: row.department, toDepartment: choice.toDepartment.trim(), authorUserId: choice.authorUserId }];
  });
}

/** What the confirmation says will happen, in counts. */
export function confirmationText(owners: readonly HostOwnerRow[], assignments: readonly OwnerAssignment[]): string {
  const byDepartment = new Map(owners.map((o) => [o.department, o]));
  let entries = 0;
  const moves: string[] = [];
  for (const a of assignments) {
    const row = byDepartment.get(a.fromDepartment);
    if (!row) continue;
    entries += row.withoutAuthor;
    const own = row.withoutAuthor - row.fromOtherUnits;
    if (a.fromDepartment !== a.toDepartment && own > 0) moves.push(`“${departmentName(a.fromDepartment)}”的${own}条归入“${a.toDepartment}”`);
  }
  const moved = moves.length ? `其中${moves.join('，')}。` : '';
  return `将为${assignments.length}个科室共${entries}条尚无录入人的台账指定录入人。${moved}已有录入人的台账不变。保存前会自动备份，可在“备份与恢复”中撤销。`;
}
