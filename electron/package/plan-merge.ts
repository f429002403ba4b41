import type Database from 'better-sqlite3';
import type { MergeCounts } from '../../shared/domain/data-package';
import type { MergeEntry } from './merge-entry';
import { contentHash, readMergeEntries } from './merge-entry';
import type { LocalUnit, PackageSender } from './package-sender';
import { baseKeys, mayUpdate, originLabel } from './package-sender';

// What a merge will do, decided without writing anything (the inspection shows it, the import
// carries it out). Per incoming entry, by its UUID, against the hash this sender last sent
// (merge_base, kept per entry and sender):
//   not here               → add (unless it is in the package's trash: nothing to take over)
//   incoming = base        → unchanged (we may have changed it since; ours stands)
//   ours = base            → update to the incoming content, if the sender may update it
//   ours = incoming        → unchanged (both made the same change); the base moves on
//   otherwise              → conflict, left for the user; nothing is overwritten
// Only the unit an entry was merged from (same origin id) may update it: the same entry ids in
// another unit's package, and any package's version of this unit's own entries, are conflicts.
// An entry here that this sender never sent (no base) and differs is a conflict too.
// Trash is part of the content: a department trashing an entry it had sent trashes it here, unless
// we changed it meanwhile (then it is a conflict).

export interface PlannedEntry {
  entry: MergeEntry;
  /** The 来源 it is shown with here (for an update: the one it already has). */
  origin: string;
  /** The sender's identity: the entry's origin id once written, and the key of its base. */
  senderId: string;
  hash: string;
}

export interface MergePlan {
  counts: MergeCounts;
  add: PlannedEntry[];
  update: PlannedEntry[];
  /** Unchanged entries whose base must be recorded or moved on. */
  rebase: PlannedEntry[];
  conflict: PlannedEntry[];
  /** Categories to create, by the incoming entry's category. */
  newCategories: MergeEntry['category'][];
}

function categoryFinder(db: Database.Database): (c: MergeEntry['category']) => boolean {
  const keys = new Set((db.prepare('SELECT key FROM categories WHERE key IS NOT NULL').pluck().all() as string[]));
  const names = new Set(db.prepare('SELECT name FROM categories').pluck().all() as string[]);
  return (c) => (c.key !== null && keys.has(c.key)) || names.has(c.name);
}

export function planMerge(db: Database.Database, incoming: readonly MergeEntry[], sender: PackageSender, here: LocalUnit): MergePlan {
  const local = new Map(readMergeEntries(db, incoming.map((e) => e.id)).map((e) => [e.id, e]));
  const baseStmt = db.prepare('SELECT base_hash FROM merge_base WHERE activity_id = ? AND sender_id = ?').pluck();
  const keys = baseKeys(sender);
  const baseOf = (id: string): string | undefined => {
    for (const key of keys) {
      const found = baseStmt.get(id, key) as string | undefined;
      if (found !== undefined) return found;
    }
    return undefined;
  };
  const known = categoryFinder(db);
  const plan: MergePlan = {
    counts: { added: 0, updated: 0, unchanged: 0, conflicts: 0, skippedTrashed: 0, newCategories: [] },
    add: [],
    update: [],
    rebase: [],
    conflict: [],
    newCategories: [],
  };
  const needCategory = (c: MergeEntry['category']) => {
    if (known(c) || plan.newCategories.some((n) => n.name === c.name)) return;
    plan.newCategories.push(c);
  };
  for (const entry of incoming) {
    const planned: PlannedEntry = { entry, origin: originLabel(entry, sender, here), senderId: sender.id, hash: contentHash(entry) };
    const base = baseOf(entry.id);
    const mine = local.get(entry.id);
    if (!mine) {
      if (base === planned.hash) plan.counts.unchanged += 1; // merged before and purged here since: stays purged
      else if (entry.deletedAt !== null) plan.counts.skippedTrashed += 1;
      else {
        plan.add.push(planned);
        needCategory(entry.category);
      }
      continue;
    }
    const mineHash = contentHash(mine);
    if (mineHash === planned.hash) {
      if (base !== planned.hash) plan.rebase.push(planned);
      plan.counts.unchanged += 1;
    } else if (base === planned.hash) plan.counts.unchanged += 1;
    else if (base !== undefined && base === mineHash && mayUpdate(mine.originId, sender)) {
      plan.update.push({ ...planned, origin: mine.origin });
      needCategory(entry.category);
    } else plan.conflict.push(planned);
  }
  plan.counts.added = plan.add.length;
  plan.counts.updated = plan.update.length;
  plan.counts.conflicts = plan.conflict.length;
  plan.counts.newCategories = plan.newCategories.map((c) => c.name);
  return plan;
}
