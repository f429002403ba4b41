import type Database from 'better-sqlite3';
import type { ConflictSide, MergeConflict } from '../../shared/domain/data-package';
import { ACTIVITY_PERIOD_NAMES } from '../../shared/domain/activity';
import { entryDateText } from '../../shared/domain/entry-date-text';
import { AppError } from '../../shared/errors';
import { setBase, writeIncoming } from './apply-merge';
import type { MergeEntry } from './merge-entry';
import { precisionOf, readMergeEntries } from './merge-entry';
import { refuseLockedWrites } from '../auth/year-lock';

// Conflicts wait here until the user decides, one per entry and sender: 保留本机 keeps ours and
// records the incoming content as what that sender last sent (so the same package does not raise it
// again); 采用导入 writes the incoming content over ours and, since the user chose that unit's
// version, makes its sender the unit that may update the entry from now on (this unit's own entries
// stay its own).

interface ConflictRow {
  id: number;
  activity_id: string;
  sender_id: string;
  origin: string;
  incoming: string;
  incoming_hash: string;
  detected_at: string;
}

function endOf(e: MergeEntry): string | null {
  return e.content.end_date === null || e.content.end_date === undefined ? null : String(e.content.end_date);
}

/** Display rows, in the form's order; the label is what the user sees. */
const SHOWN: readonly [string, (e: MergeEntry) => string][] = [
  // A date known only to the month or year reads as written (2025年7月), as the ledger shows it.
  ['日期', (e) => (precisionOf(e) === 'day' ? String(e.content.date ?? '') : entryDateText(String(e.content.date ?? ''), endOf(e), precisionOf(e)))],
  ['结束日期', (e) => (precisionOf(e) === 'day' ? String(e.content.end_date ?? '') : '')],
  ['类别', (e) => e.category.name],
  ['事项标题', (e) => String(e.content.title ?? '')],
  ['内容摘要', (e) => String(e.content.summary ?? '')],
  ['详细情况', (e) => String(e.content.details ?? '')],
  ['承办科室', (e) => String(e.content.department ?? '')],
  ['参加人数', (e) => (e.content.participant_count === null ? '' : String(e.content.participant_count))],
  ['参加人员', (e) => String(e.content.participants_desc ?? '')],
  ['地点', (e) => String(e.content.location ?? '')],
  ['主要负责人参与', (e) => String(e.content.leader_role ?? '')],
  ['文件标题', (e) => String(e.content.doc_title ?? '')],
  ['文号', (e) => String(e.content.doc_number ?? '')],
  ['统计期间', (e) => ACTIVITY_PERIOD_NAMES[(e.content.period ?? '') as keyof typeof ACTIVITY_PERIOD_NAMES] ?? ''],
  ['标签', (e) => e.tags.join('、')],
  ['指标', (e) => e.metrics.map((m) => `${m.name} ${m.approximate ? '约' : ''}${m.value}${m.unit}`).join('；')],
  ['佐证材料', (e) => e.attachments.map((x) => x.originalName).join('、')],
  ['状态', (e) => (e.deletedAt === null ? '正常' : '已移入回收站')],
];

function side(e: MergeEntry | undefined): ConflictSide {
  if (!e) return { fields: Object.fromEntries(SHOWN.map(([label]) => [label, ''])), trashed: true };
  return { fields: Object.fromEntries(SHOWN.map(([label, read]) => [label, read(e)])), trashed: e.deletedAt !== null };
}

export function countConflicts(db: Database.Database): number {
  return db.prepare('SELECT count(*) FROM merge_conflicts').pluck().get() as number;
}

export function listConflicts(db: Database.Database): MergeConflict[] {
  const rows = db.prepare('SELECT * FROM merge_conflicts ORDER BY detected_at, id').all() as ConflictRow[];
  const local = new Map(readMergeEntries(db, rows.map((r) => r.activity_id)).map((e) => [e.id, e]));
  return rows.map((r) => {
    const incoming = JSON.parse(r.incoming) as MergeEntry;
    const mine = local.get(r.activity_id);
    const a = side(mine);
    const b = side(incoming);
    return {
      id: r.id,
      activityId: r.activity_id,
      origin: r.origin,
      title: String(mine?.content.title ?? incoming.content.title ?? ''),
      detectedAt: r.detected_at,
      local: a,
      incoming: b,
      differing: SHOWN.map(([label]) => label).filter((label) => a.fields[label] !== b.fields[label]),
    };
  });
}

/**
 * Settles one conflict in one transaction; answers the conflicts still waiting.
 * 保留本机 deletes no file, not even after the commit: backups hold the database only, and every
 * backup taken while the conflict waited (启动时, 自动, the next 合并前) still holds it, so a restore
 * brings it back and its 采用导入 needs the files the incoming side names. Like a removed attachment's
 * file, they are left to removeOrphanFiles (orphan-files.ts), which counts only what the rows and the
 * conflicts still waiting name.
 */
export function resolveConflict(db: Database.Database, id: number, keep: 'local' | 'incoming', now: string): number {
  const row = db.prepare('SELECT * FROM merge_conflicts WHERE id = ?').get(id) as ConflictRow | undefined;
  if (!row) throw new AppError('not_found', '这条冲突已经处理过了（或不存在），请刷新列表。');
  const incoming = JSON.parse(row.incoming) as MergeEntry;
  // Taking the package's version changes the entry: not in a locked year (electron/auth/year-lock.ts).
  if (keep === 'incoming') refuseLockedWrites(db, [{ id: row.activity_id, date: String(incoming.content.date) }]);
  db.transaction(() => {
    if (keep === 'incoming') {
      const ownerHere = db.prepare('SELECT origin_id FROM activities WHERE id = ?').pluck().get(row.activity_id) as string | undefined;
      const owner = ownerHere === '' ? { origin: '', originId: '' } : { origin: row.origin, originId: row.sender_id };
      writeIncoming(db, incoming, owner, now, `处理汇总冲突：采用${row.origin ? `“${row.origin}”` : '导入'}的内容`);
    }
    setBase(db, { entry: incoming, origin: row.origin, senderId: row.sender_id, hash: row.incoming_hash }, now);
  })();
  return countConflicts(db);
}
