// Why a backup was taken, as its file name and the list show it.

export const MANUAL_REASON = '手动';

/**
 * Backups taken by hand or on a schedule. Every other reason (导入前, 恢复前, 合并前, 导入数据包前,
 * 迁移前, and any added later) is a backup taken just before an operation that changed or replaced
 * the data: the one that undoes it, which retention must not remove (see prune-backups.ts).
 * The scheduler's own labels are checked against this list in tests/unit/backup-pre-operation.test.ts.
 */
export const ROUTINE_REASONS: ReadonlySet<string> = new Set([MANUAL_REASON, '自动', '启动时']);

export function isPreOperationReason(reason: string): boolean {
  return !ROUTINE_REASONS.has(reason);
}
