import type { ErrorCode } from '../../shared/errors';
import { isOperationName } from '../../shared/contract/operations';
import type { Registry } from '../registry';
import type { AppLog } from './app-log';

/** Answers that are part of normal use (a form with a wrong field, a row someone else deleted) are not worth a line each. */
const ROUTINE: ReadonlySet<ErrorCode> = new Set(['invalid_input', 'not_found', 'conflict', 'confirm_required']);

/** The operation's name if it is one of ours; anything else a caller sent is not repeated in the log. */
function nameForLog(name: unknown): string {
  return isOperationName(name) ? name : '（未知操作）';
}

/**
 * Wraps a registry so that every failed operation leaves one line: its name and error code, never
 * its input or message (both may hold what the user typed). Internal errors are logged with their
 * masked stack by the registry's ErrorLogger; this adds the code line for the others.
 */
export function logFailures(registry: Registry, log: AppLog): Registry {
  return {
    async invoke(name, input, caller) {
      const result = await registry.invoke(name, input, caller);
      if (!result.ok && result.error.code !== 'internal') {
        (ROUTINE.has(result.error.code) ? log.info : log.warn)(`操作 ${nameForLog(name)} 未完成：${result.error.code}`);
      }
      return result;
    },
    call: registry.call,
  };
}
