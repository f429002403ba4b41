import { OPERATION_NAMES, isOperationName, operations } from '../shared/contract/operations';
import type { InputOf, OperationName, OutputOf, ParsedInputOf } from '../shared/contract/operations';
import type { Caller } from '../shared/auth/caller';
import { LOCAL_CALLER } from '../shared/auth/caller';
import type { WireResult } from '../shared/contract/wire';
import { AppError } from '../shared/errors';
import { parseInput } from '../shared/validation/format-issues';
import type { AppContext } from './app-context';
import type { CallOutcome, CallRecord } from './auth/audit-call';
import { auditCall } from './auth/audit-call';
import { confineToCaller } from './auth/object-access';
import { requireEditableByCaller } from './auth/review-lock';
import { requireRole } from './auth/role-check';
import { refuseLocalWhileSharing } from './auth/sharing-lock';
import { refuseLockedYears } from './auth/year-lock';
import { activityHandlers } from './handlers/activity-handlers';
import { activityTrashHandlers } from './handlers/activity-trash-handlers';
import { appHandlers } from './handlers/app-handlers';
import { attachmentHandlers } from './handlers/attachment-handlers';
import { auditHandlers } from './handlers/audit-handlers';
import { backupHandlers } from './handlers/backup-handlers';
import { captureHandlers } from './handlers/capture-handlers';
import { categoryHandlers } from './handlers/category-handlers';
import type { Handler, Handlers } from './handlers/handler-types';
import { historyHandlers } from './handlers/history-handlers';
import { hostSetupHandlers } from './handlers/host-setup-handlers';
import { sharingHandlers } from './handlers/sharing-handlers';
import { importBatchHandlers } from './handlers/import-batch-handlers';
import { ledgerIoHandlers } from './handlers/ledger-io-handlers';
import { ledgerReportHandlers } from './handlers/ledger-report-handlers';
import { metricHandlers } from './handlers/metric-handlers';
import { planHandlers } from './handlers/plan-handlers';
import { readinessHandlers } from './handlers/readiness-handlers';
import { reminderHandlers } from './handlers/reminder-handlers';
import { reportHandlers } from './handlers/report-handlers';
import { reviewHandlers } from './handlers/review-handlers';
import { statsHandlers } from './handlers/stats-handlers';
import { reportDocxHandlers } from './handlers/report-docx-handlers';
import { unitHandlers } from './handlers/unit-handlers';
import { packageHandlers } from './handlers/package-handlers';
import { userHandlers } from './handlers/user-handlers';
import { storageError } from './store/storage-errors';

const GROUPS: readonly Partial<Handlers>[] = [appHandlers, unitHandlers, categoryHandlers, activityHandlers, attachmentHandlers, activityTrashHandlers, historyHandlers, metricHandlers, captureHandlers, ledgerIoHandlers, importBatchHandlers, ledgerReportHandlers, reportHandlers, statsHandlers, backupHandlers, packageHandlers, readinessHandlers, reminderHandlers, planHandlers, reportDocxHandlers, auditHandlers, reviewHandlers, hostSetupHandlers, userHandlers, sharingHandlers];

/** Merges the feature groups; a name defined twice, missing, or not in the contract stops start-up. */
export function buildHandlers(groups: readonly Partial<Handlers>[] = GROUPS): Handlers {
  const merged: Partial<Record<string, unknown>> = {};
  for (const group of groups) {
    for (const [name, handler] of Object.entries(group)) {
      if (!isOperationName(name)) throw new Error(`处理函数“${name}”不在操作清单中`);
      if (name in merged) throw new Error(`操作“${name}”有两个处理函数`);
      merged[name] = handler;
    }
  }
  const missing = OPERATION_NAMES.filter((n) => !(n in merged));
  if (missing.length) throw new Error(`这些操作没有处理函数：${missing.join('、')}`);
  return merged as Handlers;
}

export interface Registry {
  /**
   * For transports: takes anything, never throws, always answers with a WireResult. `caller` is who
   * is asking: the machine's own user unless a transport says otherwise (a signed-in colleague).
   */
  invoke(name: unknown, input: unknown, caller?: Caller): Promise<WireResult<unknown>>;
  /** For the CLI and tests: typed, throws AppError. */
  call<K extends OperationName>(name: K, input: InputOf<K>, caller?: Caller): Promise<OutputOf<K>>;
}

export type ErrorLogger = (operation: string, err: unknown) => void;

const defaultLogger: ErrorLogger = (operation, err) => {
  console.error(`[法治台账] 操作 ${operation} 出错：`, err);
};

/** How a name that may be anything (an object whose toString throws) appears in a message or the log. */
function describeName(name: unknown): string {
  return typeof name === 'string' ? name.slice(0, 60) : `（${name === null ? 'null' : typeof name}）`;
}

/**
 * A thrown error as the caller sees it. A full disk, a read-only folder or a refused permission is
 * told as such, naming the data folder (SQLite's own errors never say which file); anything else
 * that is not an AppError is a bug.
 */
function toAppError(err: unknown, dataDir: string): AppError {
  if (err instanceof AppError) return err;
  return storageError(err, { dataDir, folder: dataDir }) ?? new AppError('internal', '程序内部出错，这次操作没有保存。请把数据文件夹中的日志发给维护人员。');
}

/** The row is written even when the failure was the context's clock itself. */
function auditTime(ctx: AppContext): string {
  try {
    return ctx.now();
  } catch {
    return new Date().toISOString();
  }
}

/** The same registry, every call made as `caller` (for a transport that has signed a user in). */
export function asCaller(registry: Registry, caller: Caller): Registry {
  return {
    invoke: (name, input) => registry.invoke(name, input, caller),
    call: (name, input) => registry.call(name, input, caller),
  };
}

export function createRegistry(ctx: AppContext, log: ErrorLogger = defaultLogger): Registry {
  const handlers = buildHandlers();

  // The boundary, in order: the name, the input's shape (the contract's schema), the caller's role
  // (shared/auth/permissions.ts), the objects the input names (electron/auth/object-access.ts),
  // the review and year locks (electron/auth/review-lock.ts, year-lock.ts), then the handler. The
  // audit row is written whatever the outcome.
  async function run(record: CallRecord, input: unknown): Promise<unknown> {
    const name = record.operation;
    if (name === null) throw new AppError('unknown_operation', `没有名为“${record.sentName}”的操作`);
    const spec = operations[name];
    const parsed = parseInput(spec.input, input ?? {}, spec.labels);
    record.input = parsed;
    requireRole(name, record.caller);
    // While 局域网共享 runs, the machine's own window too works signed in (auth/sharing-lock.ts).
    refuseLocalWhileSharing(ctx.sharing, name, record.caller);
    const confined = confineToCaller(ctx.db, name, parsed as ParsedInputOf<typeof name>, record.caller);
    record.input = confined;
    // The review lock (a 录入员's submitted or approved entry), then the year lock (a filed year, for everyone).
    requireEditableByCaller(ctx.db, name, confined, record.caller);
    refuseLockedYears(ctx.db, name, confined, () => ctx.now());
    const handler = handlers[name] as Handler<typeof name>;
    return await (handler as (c: AppContext, i: unknown) => unknown)({ ...ctx, caller: record.caller }, confined);
  }

  async function execute(name: unknown, input: unknown, caller: Caller): Promise<CallOutcome> {
    const record: CallRecord = { caller, operation: isOperationName(name) ? name : null, sentName: describeName(name), input };
    let outcome: CallOutcome;
    try {
      outcome = { ok: true, data: await run(record, input) };
    } catch (err) {
      if (!(err instanceof AppError)) log(record.sentName, err);
      outcome = { ok: false, error: toAppError(err, ctx.dataDir) };
    }
    try {
      auditCall(ctx.db, auditTime(ctx), record, outcome);
    } catch (err) {
      // The operation is done (or refused) either way; a log that could not be written is a fault to fix.
      log(`${record.sentName}（审计日志）`, err);
    }
    return outcome;
  }

  return {
    async invoke(name, input, caller = LOCAL_CALLER) {
      const outcome = await execute(name, input, caller);
      return outcome.ok ? outcome : { ok: false, error: outcome.error.toData() };
    },
    async call(name, input, caller = LOCAL_CALLER) {
      const outcome = await execute(name, input, caller);
      if (!outcome.ok) throw outcome.error;
      return outcome.data as OutputOf<typeof name>;
    },
  };
}
