import { OPERATION_NAMES, isOperationName, operations } from '../shared/contract/operations';
import type { InputOf, OperationName, OutputOf } from '../shared/contract/operations';
import type { WireResult } from '../shared/contract/wire';
import { AppError } from '../shared/errors';
import { parseInput } from '../shared/validation/format-issues';
import type { AppContext } from './app-context';
import { activityHandlers } from './handlers/activity-handlers';
import { activityTrashHandlers } from './handlers/activity-trash-handlers';
import { appHandlers } from './handlers/app-handlers';
import { attachmentHandlers } from './handlers/attachment-handlers';
import { backupHandlers } from './handlers/backup-handlers';
import { captureHandlers } from './handlers/capture-handlers';
import { categoryHandlers } from './handlers/category-handlers';
import type { Handler, Handlers } from './handlers/handler-types';
import { historyHandlers } from './handlers/history-handlers';
import { importBatchHandlers } from './handlers/import-batch-handlers';
import { ledgerIoHandlers } from './handlers/ledger-io-handlers';
import { ledgerReportHandlers } from './handlers/ledger-report-handlers';
import { metricHandlers } from './handlers/metric-handlers';
import { planHandlers } from './handlers/plan-handlers';
import { readinessHandlers } from './handlers/readiness-handlers';
import { reminderHandlers } from './handlers/reminder-handlers';
import { reportHandlers } from './handlers/report-handlers';
import { statsHandlers } from './handlers/stats-handlers';
import { reportDocxHandlers } from './handlers/report-docx-handlers';
import { unitHandlers } from './handlers/unit-handlers';
import { packageHandlers } from './handlers/package-handlers';
import { storageError } from './store/storage-errors';

const GROUPS: readonly Partial<Handlers>[] = [appHandlers, unitHandlers, categoryHandlers, activityHandlers, attachmentHandlers, activityTrashHandlers, historyHandlers, metricHandlers, captureHandlers, ledgerIoHandlers, importBatchHandlers, ledgerReportHandlers, reportHandlers, statsHandlers, backupHandlers, packageHandlers, readinessHandlers, reminderHandlers, planHandlers, reportDocxHandlers];

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
  /** For transports: takes anything, never throws, always answers with a WireResult. */
  invoke(name: unknown, input: unknown): Promise<WireResult<unknown>>;
  /** For the CLI and tests: typed, throws AppError. */
  call<K extends OperationName>(name: K, input: InputOf<K>): Promise<OutputOf<K>>;
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

export function createRegistry(ctx: AppContext, log: ErrorLogger = defaultLogger): Registry {
  const handlers = buildHandlers();

  async function run(name: unknown, input: unknown): Promise<unknown> {
    if (!isOperationName(name)) {
      throw new AppError('unknown_operation', `没有名为“${describeName(name)}”的操作`);
    }
    const spec = operations[name];
    const parsed = parseInput(spec.input, input ?? {}, spec.labels);
    const handler = handlers[name] as Handler<typeof name>;
    return await (handler as (c: AppContext, i: unknown) => unknown)(ctx, parsed);
  }

  return {
    async invoke(name, input) {
      try {
        return { ok: true, data: await run(name, input) };
      } catch (err) {
        if (!(err instanceof AppError)) log(describeName(name), err);
        return { ok: false, error: toAppError(err, ctx.dataDir).toData() };
      }
    },
    async call(name, input) {
      try {
        return (await run(name, input)) as OutputOf<typeof name>;
      } catch (err) {
        if (!(err instanceof AppError)) log(name, err);
        throw toAppError(err, ctx.dataDir);
      }
    },
  };
}
