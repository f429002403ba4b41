import type { ImportResult } from '../../../../shared/domain/ledger-io';

/** What an import did, for the message after it; an import that added rows can be undone as a whole. */
export function importDoneMessage(r: ImportResult): string {
  const skipped = [r.duplicates ? `重复的${r.duplicates}行` : '', r.skippedErrors ? `有错误的${r.skippedErrors}行` : ''].filter(Boolean);
  const done = `已导入${r.added}条${skipped.length ? `，跳过${skipped.join('、')}` : ''}`;
  return r.batchId ? `${done}。如需撤销，可在“导入记录”中整批撤销。` : done;
}
