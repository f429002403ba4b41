import type Database from 'better-sqlite3';
import type { Caller } from '../../shared/auth/caller';
import { isAudited } from '../../shared/auth/permissions';
import type { OperationName } from '../../shared/contract/operations';
import { operations } from '../../shared/contract/operations';
import { LOCAL_USERNAME } from '../../shared/domain/audit';
import { DECISION_WORDS, failureDetail } from '../../shared/domain/audit-words';
import type { AppError } from '../../shared/errors';
import { recordAudit } from '../store/audit-store';

// One audit row per call the log is for: every operation that changes something or lets data leave
// (shared/auth/permissions.ts marks the ones that only read), by anyone, the machine's own user
// too; and every refusal of a signed-in user, whatever the operation, since a refusal is what an
// auditor looks for. The object is the ids the call named, never what it carried.

export interface CallRecord {
  caller: Caller;
  /** The operation, or null when the name is not one of ours. */
  operation: OperationName | null;
  /** What the caller sent as the name (for an unknown one). */
  sentName: string;
  /** The parsed input once it passed validation, otherwise what was sent. */
  input: unknown;
}

export type CallOutcome = { ok: true; data: unknown } | { ok: false; error: AppError };

/** The fields that say what a call was about, in the order they are written. */
const OBJECT_KEYS = ['id', 'ids', 'activityId', 'activityIds', 'itemId', 'batchId', 'templateId', 'userId', 'username', 'sessionId', 'year', 'key', 'mode', 'fileName', 'decision', 'reason'] as const;
/** What the answer adds when the input did not say it: a new entry's id, an import's batch, an export's file, the account a user operation was on. */
const ANSWER_KEYS = ['id', 'batchId', 'fileName', 'username'] as const;
/** Names for those fields when the operation's own labels have none. */
const DEFAULT_LABELS: Readonly<Record<string, string>> = {
  id: '编号',
  ids: '编号',
  activityId: '台账编号',
  activityIds: '台账编号',
  itemId: '计划事项',
  batchId: '导入批次',
  templateId: '模板',
  userId: '用户编号',
  username: '用户名',
  sessionId: '登录会话',
  year: '年度',
  key: '段落',
  mode: '方式',
  fileName: '文件名',
  decision: '结果',
  reason: '原因',
};

/** Values written as words rather than as the program's own (the 审核 decision). */
const VALUE_WORDS: Readonly<Record<string, Readonly<Record<string, string>>>> = { decision: DECISION_WORDS };
function scalarText(value: unknown, word: (text: string) => string = (text) => text): string | null {
  if (typeof value === 'string') return word(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    const parts = value.map((v) => scalarText(v, word)).filter((v): v is string => v !== null);
    return parts.length ? parts.join(',') : null;
  }
  return null;
}


function fieldsOf(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

export function describeObject(operation: OperationName | null, input: unknown, answer: unknown): string {
  const labels = operation ? operations[operation].labels : {};
  const given = fieldsOf(input);
  // users.create answers { user, temporaryPassword }: the account is named, the password never read.
  const answered = { ...fieldsOf(fieldsOf(answer).user), ...fieldsOf(answer) };
  const parts: string[] = [];
  const said = new Set<string>();
  const add = (key: string, value: unknown) => {
    const words = VALUE_WORDS[key];
    const text = scalarText(value, words ? (word) => words[word] ?? word : undefined);
    // An answer that repeats what the input named (sessions.end's session as its id) says nothing new.
    if (text === null || text === '' || said.has(text)) return;
    said.add(text);
    parts.push(`${labels[key] ?? DEFAULT_LABELS[key] ?? key}=${text}`);
  };
  for (const key of OBJECT_KEYS) if (Object.prototype.hasOwnProperty.call(given, key)) add(key, given[key]);
  for (const key of ANSWER_KEYS) if (!Object.prototype.hasOwnProperty.call(given, key)) add(key, answered[key]);
  return parts.join('；');
}

export function isAuditedCall(record: CallRecord, outcome: CallOutcome): boolean {
  const byUser = record.caller.kind === 'user';
  if (record.operation === null) return byUser;
  if (isAudited(record.operation)) return true;
  return byUser && !outcome.ok && outcome.error.code === 'forbidden';
}

/** Writes the call's row when the log is for it. A read-only store (viewing only) keeps no log. */
export function auditCall(db: Database.Database, at: string, record: CallRecord, outcome: CallOutcome): void {
  if (db.readonly || !isAuditedCall(record, outcome)) return;
  const { caller } = record;
  recordAudit(db, {
    at,
    userId: caller.kind === 'user' ? caller.userId : '',
    username: caller.kind === 'user' ? caller.username : LOCAL_USERNAME,
    ip: caller.kind === 'user' ? caller.ip : '',
    operation: record.operation ?? record.sentName,
    object: describeObject(record.operation, record.input, outcome.ok ? outcome.data : undefined),
    success: outcome.ok,
    detail: outcome.ok ? '' : failureDetail(outcome.error.code, outcome.error.message),
  });
}
