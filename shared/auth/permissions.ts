import type { OperationName } from '../contract/operations';
import type { Role } from './roles';

// Who may call each operation, as data. The registry's boundary (electron/registry.ts) reads this
// table for every call of a signed-in user; the machine's own user (desktop, local browser mode,
// CLI on the host) may call everything, as before accounts existed. `satisfies Record<OperationName,
// …>` makes the table exhaustive: a new operation without its line here does not compile.
//
// - roles: the roles that may call it. Empty: only the machine's own user (it acts on the host's
//   own screen or folders, which means nothing to a colleague at another desk).
// - scope 'own-department': a 录入员 calling it is held to their own 科室's entries: the entries the
//   input names are checked, lists are filtered, new entries are put in their 科室
//   (electron/auth/object-access.ts has one rule per such operation; the compiler insists).
// - audit false: it only reads, and is not written to the audit log (a refusal still is). Every
//   other operation, including every export (data leaving the system), is.

export interface OperationAccess {
  readonly roles: readonly Role[];
  readonly scope?: 'own-department';
  readonly audit?: false;
}

const ENTRY_WORK = ['entry', 'reviewer'] as const;
const REVIEW = ['reviewer'] as const;
const ADMIN = ['admin'] as const;
const AUDIT = ['auditor'] as const;
const LOCAL_ONLY = [] as const;
const OWN = 'own-department';

export const OPERATION_ACCESS = {
  'app.info': { roles: ['entry', 'reviewer', 'admin', 'auditor'], audit: false },
  'unit.get': { roles: ['entry', 'reviewer', 'admin'], audit: false },
  'unit.update': { roles: ADMIN },
  'categories.list': { roles: ['entry', 'reviewer', 'admin'], audit: false },

  // Entries: a 录入员 their own 科室's, the 审核员 every 科室's. Deleting for good and emptying the
  // whole trash are the 审核员's: a 录入员 moves to the trash, and takes back from it.
  'activities.create': { roles: ENTRY_WORK, scope: OWN },
  'activities.update': { roles: ENTRY_WORK, scope: OWN },
  'activities.delete': { roles: ENTRY_WORK, scope: OWN },
  'activities.restore': { roles: ENTRY_WORK, scope: OWN },
  'activities.get': { roles: ENTRY_WORK, scope: OWN, audit: false },
  'activities.list': { roles: ENTRY_WORK, scope: OWN, audit: false },
  'activities.copy': { roles: ENTRY_WORK, scope: OWN },
  'activities.purge': { roles: REVIEW },
  'activities.trash.empty': { roles: REVIEW },
  'activities.history': { roles: ENTRY_WORK, scope: OWN, audit: false },

  'attachments.add': { roles: ENTRY_WORK, scope: OWN },
  'attachments.list': { roles: ENTRY_WORK, scope: OWN, audit: false },
  'attachments.get': { roles: ENTRY_WORK, scope: OWN, audit: false },
  'attachments.setKind': { roles: ENTRY_WORK, scope: OWN },
  'attachments.open': { roles: LOCAL_ONLY, audit: false },
  'attachments.remove': { roles: ENTRY_WORK, scope: OWN },
  // A staged upload names no entry yet.
  'attachments.discardStaged': { roles: ENTRY_WORK },
  // Over the whole unit's year: cannot be held to one 科室 by its input.
  'evidence.gaps': { roles: REVIEW, audit: false },

  'metrics.definitions.list': { roles: ['entry', 'reviewer', 'admin'], audit: false },
  'metrics.definitions.create': { roles: ['reviewer', 'admin'] },
  'metrics.definitions.update': { roles: ['reviewer', 'admin'] },
  'templates.list': { roles: ENTRY_WORK, audit: false },
  'calendar.upcoming': { roles: ENTRY_WORK, audit: false },

  // A 录入员 imports into their own 科室; the batch list is the whole unit's, its undo is checked per entry.
  'ledger.import.preview': { roles: ENTRY_WORK, scope: OWN, audit: false },
  'ledger.import.commit': { roles: ENTRY_WORK, scope: OWN },
  'ledger.import.batches': { roles: REVIEW, audit: false },
  'ledger.import.undo': { roles: ENTRY_WORK, scope: OWN },
  'ledger.export': { roles: REVIEW },
  'ledger.tables.export': { roles: REVIEW },
  'ledger.evidence.export': { roles: REVIEW },

  // Data packages: merging (汇总) is the 审核员's; replacing this machine's data is the
  // administrator's, like a restore (electron/auth/object-access.ts checks the mode).
  'package.export': { roles: REVIEW },
  'package.inspect': { roles: ['reviewer', 'admin'], audit: false },
  'package.import': { roles: ['reviewer', 'admin'] },
  'package.discard': { roles: ['reviewer', 'admin'] },
  'package.conflicts.list': { roles: REVIEW, audit: false },
  'package.conflicts.resolve': { roles: REVIEW },
  // The names of the units entries came from, for the list's filter.
  'package.origins': { roles: ENTRY_WORK, audit: false },

  'plans.items.list': { roles: REVIEW, audit: false },
  'plans.items.link': { roles: REVIEW },
  'plans.items.unlink': { roles: REVIEW },
  'plans.items.setStatus': { roles: REVIEW },
  'reminders.list': { roles: REVIEW, audit: false },
  'stats.year': { roles: REVIEW, audit: false },
  'stats.export': { roles: REVIEW },

  // The annual report is the 审核员's (法制科); templates are kept by the 审核员 and the administrator.
  'report.readiness': { roles: REVIEW, audit: false },
  'report.templates.list': { roles: ['reviewer', 'admin'], audit: false },
  'report.templates.get': { roles: ['reviewer', 'admin'], audit: false },
  'report.templates.copy': { roles: ['reviewer', 'admin'] },
  'report.templates.update': { roles: ['reviewer', 'admin'] },
  'report.templates.import': { roles: ['reviewer', 'admin'] },
  'report.templates.export': { roles: ['reviewer', 'admin'] },
  'report.templates.download': { roles: ['reviewer', 'admin'] },
  'report.templates.delete': { roles: ['reviewer', 'admin'] },
  'report.narrative.get': { roles: REVIEW, audit: false },
  'report.narrative.set': { roles: REVIEW },
  'report.assemble': { roles: REVIEW },
  'report.export': { roles: REVIEW },
  'report.draft.get': { roles: REVIEW, audit: false },
  'report.block.edit': { roles: REVIEW },
  'report.block.revert': { roles: REVIEW },
  'report.subsection.setStyle': { roles: REVIEW },
  'report.subsection.setKeepEmpty': { roles: REVIEW },
  'report.entry.exclude': { roles: REVIEW },
  'report.entry.adoptSentence': { roles: REVIEW },
  // The 公文格式 is a setting: the 审核员 sees what the report will be written with.
  'report.docxSettings.get': { roles: ['reviewer', 'admin'], audit: false },
  'report.docxSettings.update': { roles: ADMIN },
  'report.docxSettings.reset': { roles: ADMIN },

  'backup.list': { roles: ADMIN, audit: false },
  'backup.create': { roles: ADMIN },
  'backup.restore': { roles: ADMIN },
  'backup.settings.get': { roles: ADMIN, audit: false },
  'backup.settings.update': { roles: ADMIN },
  'backup.openFolder': { roles: LOCAL_ONLY, audit: false },

  // Not the administrator's (三权分立): the auditor reads, and changes nothing.
  'audit.list': { roles: AUDIT, audit: false },
  'audit.export': { roles: AUDIT },
  'audit.retention.get': { roles: AUDIT, audit: false },
  // The auditor keeps the log, the administrator cannot shorten it (三权分立); never under 180 days.
  'audit.retention.set': { roles: AUDIT },

  // Review: a 录入员 submits their 科室's entries; the 审核员 approves or returns them and locks a
  // filed year; only the administrator unlocks one (with a reason, in the audit log).
  'activities.submit': { roles: ENTRY_WORK, scope: OWN },
  'activities.review': { roles: REVIEW },
  'review.queue': { roles: REVIEW, audit: false },
  'years.lock': { roles: REVIEW },
  'years.unlock': { roles: ADMIN },
  'years.locks': { roles: ['entry', 'reviewer', 'admin'], audit: false },

  // Accounts, who is connected, and the password and sign-in rules: the administrator's (the
  // machine's own user may call them too: the host's CLI, and the first run's first 管理员).
  'users.list': { roles: ADMIN, audit: false },
  'users.create': { roles: ADMIN },
  'users.update': { roles: ADMIN },
  'users.resetPassword': { roles: ADMIN },
  'users.unlock': { roles: ADMIN },
  'users.disable': { roles: ADMIN },
  'users.enable': { roles: ADMIN },
  'sessions.list': { roles: ADMIN, audit: false },
  'sessions.end': { roles: ADMIN },
  'auth.policy.get': { roles: ADMIN, audit: false },
  'auth.policy.update': { roles: ADMIN },

  // Setting up 局域网共享 is done at the host's own desk, before colleagues sign in.
  'host.status': { roles: LOCAL_ONLY, audit: false },
  'host.assignOwners': { roles: LOCAL_ONLY },
  // Starting and stopping it too: only the program holding the data folder can listen for colleagues.
  'sharing.start': { roles: LOCAL_ONLY },
  'sharing.stop': { roles: LOCAL_ONLY },
  'sharing.status': { roles: LOCAL_ONLY, audit: false },
} as const satisfies Record<OperationName, OperationAccess>;

type AccessTable = typeof OPERATION_ACCESS;

/** The operations a 录入员 is held to their own 科室 in (each has a rule in electron/auth/object-access.ts). */
export type DepartmentScopedOperation = {
  [K in OperationName]: AccessTable[K] extends { scope: 'own-department' } ? K : never;
}[OperationName];

export function accessOf(name: OperationName): OperationAccess {
  return OPERATION_ACCESS[name];
}

export function roleMayCall(role: Role, name: OperationName): boolean {
  return accessOf(name).roles.includes(role);
}

/** False for the operations that only read; those are not written to the audit log. */
export function isAudited(name: OperationName): boolean {
  return accessOf(name).audit !== false;
}

export function isDepartmentScoped(name: OperationName): name is DepartmentScopedOperation {
  return accessOf(name).scope === 'own-department';
}
