import type { Caller } from '../../shared/auth/caller';
import { LOCAL_CALLER } from '../../shared/auth/caller';
import { isOperationName, operations } from '../../shared/contract/operations';
import type { OperationName, OutputOf, ParsedInputOf } from '../../shared/contract/operations';
import type { AppInfo, RecoveryInfo } from '../../shared/domain/app-info';
import { DEFAULT_BACKUP_SETTINGS } from '../../shared/domain/backup';
import { AppError } from '../../shared/errors';
import { parseInput } from '../../shared/validation/format-issues';
import { requireRole } from '../auth/role-check';
import { RESTORE_CONSEQUENCE } from '../handlers/backup-handlers';
import { requireConfirmation } from '../handlers/require-confirmation';
import type { ErrorLogger, Registry } from '../registry';
import { backupsDir } from './backup-paths';
import { listNotedExtraBackups } from './extra-folder-note';
import { listBackups, newestFirst, publicEntry } from './list-backups';

// Recovery mode: the store failed its start-up check and is not opened at all. The registry then
// answers only what is needed to get the data back (the app's facts, the backup list, a restore);
// everything else is refused with a message that says where the damaged file was kept.

export interface RecoveryContext {
  info: Omit<AppInfo, 'recovery'>;
  recovery: RecoveryInfo;
  /** Puts the chosen backup in place and reopens the app normally. */
  restore(fileName: string): OutputOf<'backup.restore'>;
}

const ALLOWED = new Set<OperationName>(['app.info', 'backup.list', 'backup.restore']);

export function damagedMessage(recovery: RecoveryInfo): string {
  return `数据文件已损坏，程序没有打开也没有改动它，现在只能从备份恢复。损坏的文件已另存在：${recovery.damagedCopy}`;
}

function answer(ctx: RecoveryContext, name: OperationName, input: unknown): unknown {
  switch (name) {
    case 'app.info':
      return { ...ctx.info, recovery: ctx.recovery } satisfies AppInfo;
    case 'backup.list': {
      // The extra folder's copies too (by the note beside the store), those not also kept here.
      const folder = backupsDir(ctx.info.dataDir);
      const local = listBackups(folder);
      const here = new Set(local.map((b) => b.fileName));
      const extra = listNotedExtraBackups(ctx.info.dataDir).filter((b) => !here.has(b.fileName));
      const backups = [...local, ...extra].sort(newestFirst);
      return { folder, backups: backups.map(publicEntry), settings: DEFAULT_BACKUP_SETTINGS } satisfies OutputOf<'backup.list'>;
    }
    case 'backup.restore': {
      // The same confirmation as in normal use: the damaged file is kept aside, but it is still replaced.
      const { fileName, confirm } = input as ParsedInputOf<'backup.restore'>;
      requireConfirmation('backup.restore', confirm, RESTORE_CONSEQUENCE);
      return ctx.restore(fileName);
    }
    default:
      throw new AppError('database_damaged', damagedMessage(ctx.recovery));
  }
}

export function createRecoveryRegistry(ctx: RecoveryContext, log: ErrorLogger): Registry {
  function run(name: unknown, input: unknown, caller: Caller): unknown {
    if (!isOperationName(name)) throw new AppError('unknown_operation', `没有名为“${String(name).slice(0, 60)}”的操作`);
    if (!ALLOWED.has(name)) throw new AppError('database_damaged', damagedMessage(ctx.recovery));
    const spec = operations[name];
    const parsed = parseInput(spec.input, input ?? {}, spec.labels);
    // The same roles as in normal use: a restore is the administrator's, damaged store or not.
    requireRole(name, caller);
    return answer(ctx, name, parsed);
  }
  function toAppError(name: unknown, err: unknown): AppError {
    if (err instanceof AppError) return err;
    log(String(name), err);
    return new AppError('internal', `恢复时出错：${(err as Error).message}`);
  }
  return {
    invoke(name, input, caller = LOCAL_CALLER) {
      try {
        return Promise.resolve({ ok: true, data: run(name, input, caller) });
      } catch (err) {
        return Promise.resolve({ ok: false, error: toAppError(name, err).toData() });
      }
    },
    call(name, input, caller = LOCAL_CALLER) {
      try {
        return Promise.resolve(run(name, input, caller) as OutputOf<typeof name>);
      } catch (err) {
        return Promise.reject(toAppError(name, err));
      }
    },
  };
}
