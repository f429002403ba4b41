import fs from 'node:fs';
import { backupsToKeep } from '../../shared/backup/retention';
import type { BackupSettings } from '../../shared/domain/backup';
import { isPreOperationReason } from './backup-reasons';
import { sidecarPath } from './backup-paths';
import type { ListedBackup } from './list-backups';
import { listBackups, newestFirst } from './list-backups';

type RetentionRule = Pick<BackupSettings, 'keepLast' | 'keepDaily' | 'keepMonthly'>;

/**
 * The newest backup of each pre-operation reason (导入前, 恢复前, 合并前, 导入数据包前, 迁移前): the
 * one that undoes the last such operation. Kept whatever the rule says, so lowering the rule and
 * then taking backups can never remove the way back from the last replace or restore.
 */
function newestBeforeEachOperation(backups: readonly ListedBackup[]): ListedBackup[] {
  const seen = new Map<string, ListedBackup>();
  for (const b of [...backups].sort(newestFirst)) {
    if (isPreOperationReason(b.reason) && !seen.has(b.reason)) seen.set(b.reason, b);
  }
  return [...seen.values()];
}

/** What the retention rule keeps of `backups` (verified ones), by file name. */
export function backupsToRetain(backups: readonly ListedBackup[], rule: RetentionRule, now: string): Set<string> {
  const keep = backupsToKeep(backups, rule, now);
  for (const b of newestBeforeEachOperation(backups)) keep.add(b.fileName);
  return keep;
}

/**
 * Removes the backups in `dir` that the retention rule no longer keeps. Only verified backups count
 * and only they are removed: a file the app cannot vouch for is left for the user to judge.
 */
export function pruneBackups(dir: string, rule: BackupSettings, now: string): string[] {
  const verified = listBackups(dir).filter((b) => b.verified);
  const keep = backupsToRetain(verified, rule, now);
  const removed: string[] = [];
  for (const b of verified) {
    if (keep.has(b.fileName)) continue;
    try {
      fs.rmSync(b.path);
      fs.rmSync(sidecarPath(b.path), { force: true });
      removed.push(b.fileName);
    } catch {
      // A backup that cannot be removed now (open elsewhere, read-only medium) is tried next time.
    }
  }
  return removed;
}

/**
 * The backups in `dir` that `current` keeps and `next` would remove at the next backup: what a
 * change of the rule costs, so the handler can ask for a confirmation before saving it.
 */
export function backupsLostByRuleChange(dir: string, current: RetentionRule, next: RetentionRule, now: string): ListedBackup[] {
  const verified = listBackups(dir).filter((b) => b.verified);
  const keptNow = backupsToRetain(verified, current, now);
  const keptNext = backupsToRetain(verified, next, now);
  return verified.filter((b) => keptNow.has(b.fileName) && !keptNext.has(b.fileName));
}
