import type Database from 'better-sqlite3';
import type { DepartmentScopedOperation } from '../../shared/auth/permissions';
import type { OperationName, ParsedInputOf } from '../../shared/contract/operations';
import { attachmentEntryIds, batchEntryIds } from '../store/entry-owner-store';

// Which existing entries an operation's input names: directly by id, through an attachment, or
// through an import batch. Three checks at the boundary ask this same question — the 科室 rule
// (object-access.ts), the review lock (review-lock.ts) and the year lock (year-lock.ts) — so it is
// answered in one place. Every operation the permissions table scopes to the 科室 must say (the
// compiler insists), 'none' when it names no existing entry (a create, a list, an import);
// operations outside that scope (the 审核员's purge and review) are listed where a check needs them.

interface NamedRule<K extends OperationName> {
  /** The entries the input names. */
  entries?: (input: ParsedInputOf<K>) => readonly string[];
  /** The attachments it names (each stands for its entry). */
  attachments?: (input: ParsedInputOf<K>) => readonly string[];
  /** The import batch it names (every entry of the batch). */
  batch?: (input: ParsedInputOf<K>) => string;
}

type Rules = { [K in DepartmentScopedOperation]: NamedRule<K> | 'none' } & { [K in Exclude<OperationName, DepartmentScopedOperation>]?: NamedRule<K> };

const byId = { entries: (input: { id: string }) => [input.id] };
const byActivityId = { entries: (input: { activityId: string }) => [input.activityId] };
const byAttachmentId = { attachments: (input: { id: string }) => [input.id] };

const RULES: Rules = {
  'activities.create': 'none',
  'activities.list': 'none',
  'ledger.import.preview': 'none',
  'ledger.import.commit': 'none',
  'activities.update': byId,
  'activities.delete': byId,
  'activities.restore': byId,
  'activities.get': byId,
  'activities.copy': byId,
  'activities.history': byId,
  'activities.submit': byId,
  'attachments.add': byActivityId,
  'attachments.list': byActivityId,
  'attachments.get': byAttachmentId,
  'attachments.setKind': byAttachmentId,
  'attachments.remove': byAttachmentId,
  'ledger.import.undo': { batch: (input) => input.batchId },
  // Not held to a 科室 (the 审核员's), but they change the entry they name.
  'activities.purge': byId,
  'activities.review': byId,
  'report.entry.adoptSentence': byActivityId,
};

export interface NamedEntries {
  /** As named; an id that names nothing is skipped by each check and left for the handler to answer 找不到. */
  ids: string[];
  /** Named through a batch (several entries at once), so a refusal says 其中有. */
  several: boolean;
}

/** The rule with its input type erased, for dispatch by a name known only at run time. */
interface AnyRule {
  entries?: (input: unknown) => readonly string[];
  attachments?: (input: unknown) => readonly string[];
  batch?: (input: unknown) => string;
}

export function namedEntries<K extends OperationName>(db: Database.Database, name: K, input: ParsedInputOf<K>): NamedEntries {
  const rule = (RULES as Partial<Record<OperationName, AnyRule | 'none'>>)[name];
  if (!rule || rule === 'none') return { ids: [], several: false };
  const ids: string[] = [];
  if (rule.entries) ids.push(...rule.entries(input));
  if (rule.attachments) ids.push(...attachmentEntryIds(db, rule.attachments(input)));
  if (rule.batch) ids.push(...batchEntryIds(db, rule.batch(input)));
  return { ids: [...new Set(ids)], several: rule.batch !== undefined };
}
