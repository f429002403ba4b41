import type Database from 'better-sqlite3';
import type { ReportNarrative } from '../../shared/domain/report-narrative';
import { EMPTY_NARRATIVE } from '../../shared/domain/report-narrative';

interface NarrativeRow {
  body: string;
  updated_at: string;
}

/** The year's narrative, with defaults for anything never saved (and for fields added since). */
export function getNarrative(db: Database.Database, year: number): { narrative: ReportNarrative; updatedAt: string | null } {
  const row = db.prepare('SELECT body, updated_at FROM report_narratives WHERE year = ?').get(year) as NarrativeRow | undefined;
  if (!row) return { narrative: { ...EMPTY_NARRATIVE, problems: [], plans: [] }, updatedAt: null };
  return { narrative: { ...EMPTY_NARRATIVE, ...(JSON.parse(row.body) as Partial<ReportNarrative>) }, updatedAt: row.updated_at };
}

export function setNarrative(db: Database.Database, year: number, narrative: ReportNarrative, now: string): void {
  db.prepare(
    `INSERT INTO report_narratives (year, body, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (year) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at`,
  ).run(year, JSON.stringify(narrative), now);
}
