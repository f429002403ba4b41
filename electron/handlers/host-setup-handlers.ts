import type Database from 'better-sqlite3';
import { ROLE_NAMES } from '../../shared/auth/roles';
import type { UserAccount } from '../../shared/auth/user-account';
import type { HostStatus, OwnerAssignment } from '../../shared/domain/host-setup';
import { AUTHOR_ROLES, departmentName, emptyRoleCounts, hostStatusOf } from '../../shared/domain/host-setup';
import { AppError } from '../../shared/errors';
import type { OwnerPlanItem } from '../store/entry-owners-store';
import { assignEntryOwners, countEntries, countEntryOwners, entriesWithoutAuthor } from '../store/entry-owners-store';
import { getUser, listUsers } from '../store/user-rows';
import { lockedYears } from '../store/year-lock-store';
import type { HandlerGroup } from './handler-types';

// Preparing a single-PC unit's data for 局域网共享 (shared/domain/host-setup.ts). Both operations
// are the machine's own user's only (shared/auth/permissions.ts).

export const HOST_SETUP_BACKUP_REASON = '启用局域网共享前';

function readStatus(db: Database.Database): HostStatus {
  const users = emptyRoleCounts();
  let disabledUsers = 0;
  for (const user of listUsers(db)) {
    if (user.disabledAt) disabledUsers++;
    else users[user.role]++;
  }
  return hostStatusOf({ users, disabledUsers, entries: countEntries(db), owners: countEntryOwners(db) });
}

function refuse(message: string): never {
  throw new AppError('invalid_input', message);
}

function who(user: UserAccount): string {
  return `“${user.displayName}”（${user.username}）`;
}

/** Why this account cannot be the 录入人 of `to`'s entries, or null. */
function authorProblem(user: UserAccount, from: string, to: string): string | null {
  const what = `“${departmentName(from)}”的台账`;
  if (user.disabledAt) return `用户${who(user)}已停用，不能作为${what}的录入人。请先在用户管理中启用，或另选一人`;
  if (!AUTHOR_ROLES.includes(user.role)) return `${who(user)}是${ROLE_NAMES[user.role]}，不能作为${what}的录入人：录入人须是录入员或审核员`;
  if (user.role === 'entry' && user.department !== to) {
    return `录入员${who(user)}属于“${departmentName(user.department)}”，不能作为归属“${to}”的台账的录入人。请选“${to}”的录入员，或选审核员`;
  }
  return null;
}

/**
 * 年度锁定 (electron/auth/year-lock.ts): giving an entry a 录入人 (and perhaps a 科室) changes it, so
 * an entry of a locked year is not assigned. Refused whole, naming each locked year and how many of
 * its entries the assignment would change; the administrator unlocks, then the setup is done again.
 */
function refuseLockedEntries(db: Database.Database, dates: readonly string[]): void {
  const locked = lockedYears(db);
  if (locked.size === 0) return;
  const counts = new Map<number, number>();
  for (const date of dates) {
    const year = Number(date.slice(0, 4));
    if (locked.has(year)) counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  if (counts.size === 0) return;
  const years = [...counts.keys()].sort((a, b) => a - b);
  const named = years.map((y) => `${y}年`).join('、');
  const detail = years.length === 1 ? `${counts.get(years[0]!)} 条` : years.map((y) => `${y}年 ${counts.get(y)} 条`).join('、');
  throw new AppError('conflict', `${named}已锁定（其中 ${detail}台账待指定录入人），请先由管理员解锁${years.length === 1 ? '该年度' : '这些年度'}，再指定录入人。`);
}

/**
 * Checks every assignment against the store and returns what to write; refuses the whole input,
 * naming the 科室 and the user, at the first problem, or naming the locked years when any entry it
 * would change is in one. Nothing is written here.
 */
function planAssignments(db: Database.Database, assignments: readonly OwnerAssignment[]): OwnerPlanItem[] {
  const plan = checkAssignments(db, assignments);
  refuseLockedEntries(
    db,
    plan.flatMap((item) => entriesWithoutAuthor(db, item.fromDepartment).map((row) => row.date)),
  );
  return plan;
}

function checkAssignments(db: Database.Database, assignments: readonly OwnerAssignment[]): OwnerPlanItem[] {
  const seen = new Set<string>();
  return assignments.map(({ fromDepartment, toDepartment, authorUserId }) => {
    const from = departmentName(fromDepartment);
    if (seen.has(fromDepartment)) refuse(`“${from}”指定了两次，每个科室只能指定一次`);
    seen.add(fromDepartment);
    const user = getUser(db, authorUserId);
    if (!user) refuse(`为“${from}”的台账选的录入人不存在，可能已被修改，请刷新后重新选择`);
    const problem = authorProblem(user, fromDepartment, toDepartment);
    if (problem) refuse(problem);
    if (entriesWithoutAuthor(db, fromDepartment).length === 0) refuse(`没有承办科室为“${from}”且尚未指定录入人的台账，请刷新后再看`);
    return { fromDepartment, toDepartment, authorId: user.id, authorName: user.displayName };
  });
}

export const hostSetupHandlers: HandlerGroup<'host.status' | 'host.assignOwners'> = {
  'host.status': (ctx) => readStatus(ctx.db),

  'host.assignOwners': async (ctx, { assignments }) => {
    // Checked before the backup, so a bad choice (or a locked year) costs no backup; checked again
    // inside the write, since an account or a year lock may have changed while the backup was written.
    planAssignments(ctx.db, assignments);
    await ctx.backupBeforeChange(HOST_SETUP_BACKUP_REASON);
    const now = ctx.now();
    const changed = ctx.db.transaction(() => assignEntryOwners(ctx.db, planAssignments(ctx.db, assignments), now))();
    return { changed };
  },
};
