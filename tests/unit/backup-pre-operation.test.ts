import { describe, expect, it } from 'vitest';
import { isPreOperationReason, MANUAL_REASON } from '../../electron/backup/backup-reasons';
import { STARTUP_REASON, TIMED_REASON } from '../../electron/backup/backup-scheduler';
import { backupsToRetain } from '../../electron/backup/prune-backups';
import { RESTORE_REASON } from '../../electron/backup/restore-backup';
import type { ListedBackup } from '../../electron/backup/list-backups';

// Retention keeps the newest backup of each reason that is not a routine one; the routine reasons
// are a list in backup-reasons.ts, so a label the scheduler uses must be on it.

function backup(createdAt: string, reason: string): ListedBackup {
  return { fileName: `fazhi-${createdAt.replace(/\D/g, '').slice(0, 8)}-${createdAt.replace(/\D/g, '').slice(8, 14)}-000-${reason}.db`, path: '', createdAt, reason, schemaVersion: 9, entryCount: 1, size: 1, verified: true };
}

describe('pre-operation backups', () => {
  it('treats the scheduler and 手动 as routine and every backup taken before a change as pre-operation', () => {
    for (const routine of [MANUAL_REASON, STARTUP_REASON, TIMED_REASON]) expect(isPreOperationReason(routine)).toBe(false);
    for (const before of [RESTORE_REASON, '导入前', '合并前', '导入数据包前', '迁移前']) expect(isPreOperationReason(before)).toBe(true);
  });

  it('keeps the newest of each pre-operation reason beyond keepLast, and only the newest', () => {
    const list = [
      backup('2025-03-05T10:00:00.000Z', '手动'),
      backup('2025-03-04T10:00:00.000Z', '恢复前'),
      backup('2025-03-03T10:00:00.000Z', '导入数据包前'),
      backup('2025-03-02T10:00:00.000Z', '导入数据包前'),
      backup('2025-03-01T10:00:00.000Z', '自动'),
    ];
    const kept = backupsToRetain(list, { keepLast: 1, keepDaily: 0, keepMonthly: 0 }, '2025-03-05T12:00:00.000Z');
    expect([...kept].sort()).toEqual([list[0]!.fileName, list[1]!.fileName, list[2]!.fileName].sort());
  });
});
