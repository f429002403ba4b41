import type Database from 'better-sqlite3';
import type { Activity } from '../../../shared/domain/activity';
import type { EvidenceCount } from '../../../shared/domain/ledger-tables';
import { listActivities } from '../../store/activity-store';
import { listCategories } from '../../store/category-store';

/** The year's entries (not in the trash), by date, with their category keys and evidence counts. */
export interface LedgerYear {
  entries: Activity[];
  categoryKeys: Map<number, string | null>;
  /** By entry id; kinds in the order first attached. */
  evidence: Map<string, EvidenceCount[]>;
}

export function gatherLedgerYear(db: Database.Database, year: number, categoryId?: number): LedgerYear {
  const entries = listActivities(db, {
    year,
    categoryId,
    deleted: 'exclude',
    sort: 'date_asc',
    limit: Number.MAX_SAFE_INTEGER,
    offset: 0,
  }).items;
  const categoryKeys = new Map(listCategories(db).map((c) => [c.id, c.key]));
  const rows = db
    .prepare(
      `SELECT x.activity_id AS activityId, x.kind AS kind, count(*) AS n, min(x.position) AS first
       FROM attachments x JOIN activities a ON a.id = x.activity_id
       WHERE a.deleted_at IS NULL AND a.date >= ? AND a.date < ?
       GROUP BY x.activity_id, x.kind ORDER BY x.activity_id, first`,
    )
    .all(`${year}-01-01`, `${year + 1}-01-01`) as { activityId: string; kind: string; n: number }[];
  const evidence = new Map<string, EvidenceCount[]>();
  for (const r of rows) evidence.set(r.activityId, [...(evidence.get(r.activityId) ?? []), { kind: r.kind, count: r.n }]);
  return { entries, categoryKeys, evidence };
}
