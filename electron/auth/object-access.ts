import type Database from 'better-sqlite3';
import type { Caller } from '../../shared/auth/caller';
import type { DepartmentScopedOperation } from '../../shared/auth/permissions';
import { isDepartmentScoped } from '../../shared/auth/permissions';
import type { Role } from '../../shared/auth/roles';
import { ROLE_NAMES } from '../../shared/auth/roles';
import type { OperationName, ParsedInputOf } from '../../shared/contract/operations';
import { AppError } from '../../shared/errors';
import type { EntryVisibility } from '../store/activity-store';
import { entryOwners } from '../store/entry-owner-store';
import { namedEntries } from './named-entries';

// The object check, after the role check and before the handler: a 录入员 works on their own 科室's
// entries and on the entries they wrote (录入人 = their account), whatever 科室 those are filed
// under — a merged entry keeps the sending unit's 科室 (its merge hash) even once host setup makes
// a 录入员 its 录入人, and a 审核员 may move an entry to another 科室. Every entry the input names
// (named-entries.ts: directly, through an attachment, or through an import batch) must be one of
// those, and one rule per operation the permissions table scopes to the 科室 (the compiler insists)
// says how an input that makes or lists entries is held to it. Holding is a rewrite of the parsed
// input (the list's visibility, a new entry's department), so no handler needs to know who is
// calling. Refusals say whose the entry is, never what is in it.

/** Whom the input is held to: the 录入员's 科室 and account. */
interface EntryScope {
  db: Database.Database;
  department: string;
  userId: string;
}

interface DepartmentRule<K extends DepartmentScopedOperation> {
  /** The input held to the caller; throws AppError('forbidden') when it asks for another 科室. */
  confine?: (input: ParsedInputOf<K>, scope: EntryScope) => ParsedInputOf<K>;
}

/** A new or changed entry's 科室: the 录入员's own when not given; another is refused. */
function ownDepartment(given: string | undefined, department: string): string {
  if (given === undefined || given === '' || given === department) return department;
  throw new AppError('forbidden', `录入员只能录入本科室（${department}）的台账，不能记为“${given}”`);
}

/**
 * The list: what the 录入员 may see (their 科室's entries and the ones they wrote), as
 * `visibleTo`, which the handler passes on to listActivities with the filters. A 科室 filter may
 * name only their own 科室 (it then lists that 科室's entries).
 */
function confineList<T extends { department?: string | undefined; withoutDepartment?: true | undefined }>(input: T, scope: EntryScope): T {
  const { department } = scope;
  if (input.withoutDepartment || (input.department !== undefined && input.department !== department)) {
    throw new AppError('forbidden', `录入员只能查看本科室（${department}）的台账`);
  }
  const visibleTo: EntryVisibility = { department, authorId: scope.userId };
  return { ...input, visibleTo };
}

/**
 * An update keeps the 科室 its entry has (an entry the 录入员 wrote may be filed under another),
 * or puts it in the 录入员's own; any other is refused.
 */
function confineUpdate<T extends { id: string; department?: string | undefined }>(input: T, scope: EntryScope): T {
  if (input.department === undefined) return input;
  if (input.department === entryOwners(scope.db, [input.id]).get(input.id)?.department) return input;
  return { ...input, department: ownDepartment(input.department, scope.department) };
}

const heldToDepartment = {
  confine: <T extends { department?: string | undefined }>(input: T, scope: EntryScope): T => ({ ...input, department: ownDepartment(input.department, scope.department) }),
};

// Which entries each input names is in named-entries.ts; every one named is checked for every
// operation here. These rules only hold what an input makes or lists to the 科室.
const DEPARTMENT_RULES: { [K in DepartmentScopedOperation]: DepartmentRule<K> } = {
  'activities.create': heldToDepartment,
  'activities.update': { confine: confineUpdate },
  'activities.delete': {},
  'activities.restore': {},
  'activities.get': {},
  'activities.copy': {},
  'activities.history': {},
  'activities.list': { confine: confineList },
  'attachments.add': {},
  'attachments.list': {},
  'attachments.get': {},
  'attachments.setKind': {},
  'attachments.remove': {},
  'ledger.import.preview': heldToDepartment,
  'ledger.import.commit': heldToDepartment,
  'ledger.import.undo': {},
  'activities.submit': {},
};

/** The rule with its input type erased, for dispatch by a name known only at run time. */
interface AnyRule {
  confine?: (input: unknown, scope: EntryScope) => unknown;
}

/**
 * Choices inside one operation that belong to different roles. A data package merged (汇总) is the
 * 审核员's work on entries; one that replaces this machine's data is, like a restore, the
 * administrator's.
 */
const INPUT_ROLE_RULES: { [K in OperationName]?: (input: ParsedInputOf<K>, role: Role) => string | null } = {
  'package.import': (input, role) => {
    if (input.mode === 'replace') return role === 'admin' ? null : `${ROLE_NAMES[role]}不能用数据包替换本机数据，这项操作与从备份恢复一样由管理员进行`;
    return role === 'reviewer' ? null : `${ROLE_NAMES[role]}不能合并数据包，汇总台账由审核员进行`;
  },
};

function foreignEntryMessage(found: string, own: string, several: boolean): string {
  const whose = found ? `属于“${found}”` : '没有填写承办科室';
  return several ? `其中有台账${whose}，录入员只能处理本科室（${own}）的台账` : `这条台账${whose}，录入员只能处理本科室（${own}）的台账`;
}

/** Each named entry must be of the 科室 or written by the caller. */
function checkEntries(ids: readonly string[], scope: EntryScope, several: boolean): void {
  for (const owner of entryOwners(scope.db, ids).values()) {
    if (owner.department === scope.department || (scope.userId !== '' && owner.authorId === scope.userId)) continue;
    throw new AppError('forbidden', foreignEntryMessage(owner.department, scope.department, several));
  }
}

/**
 * The object check: returns the input the handler is to get (for a 录入员 perhaps held to their
 * 科室), or throws AppError('forbidden'). The machine's own user and roles that see every 科室 pass
 * unchanged.
 */
export function confineToCaller<K extends OperationName>(db: Database.Database, name: K, input: ParsedInputOf<K>, caller: Caller): ParsedInputOf<K> {
  if (caller.kind === 'local') return input;
  const byRole = (INPUT_ROLE_RULES[name] as ((i: unknown, r: Role) => string | null) | undefined)?.(input, caller.role);
  if (byRole) throw new AppError('forbidden', byRole);
  if (caller.role !== 'entry' || !isDepartmentScoped(name)) return input;
  const department = caller.department.trim();
  if (!department) throw new AppError('forbidden', '你的账号没有设置所属科室，不能处理台账，请管理员在用户管理中设置');
  const scope: EntryScope = { db, department, userId: caller.userId };
  const named = namedEntries(db, name, input);
  checkEntries(named.ids, scope, named.several);
  const rule = DEPARTMENT_RULES[name] as unknown as AnyRule;
  return (rule.confine ? rule.confine(input, scope) : input) as ParsedInputOf<K>;
}

/** For tests and the report: the operations with an object rule. */
export const DEPARTMENT_RULE_NAMES = Object.keys(DEPARTMENT_RULES) as DepartmentScopedOperation[];
