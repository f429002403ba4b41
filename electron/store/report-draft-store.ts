import type Database from 'better-sqlite3';
import type { EnumerationStyle, ReportChoices } from '../../shared/domain/report-draft';
import type { AssembledReport } from '../../shared/report/assembly/draft-blocks';
import type { ReportEdits } from '../../shared/report/edits/apply-edits';

// The per-year working copy of the report: the last assembly (what the log generated, before edits),
// the user's edits keyed by block, and their choices. Re-assembly compares against `assembled`.

export interface ReportDraft {
  year: number;
  templateId: number;
  assembled: AssembledReport | null;
  assembledAt: string | null;
  edits: ReportEdits;
  choices: ReportChoices;
  /** 包含未审核: the last assembly read every entry, reviewed or not (migration 15); every re-assembly does the same. */
  includeUnreviewed: boolean;
  updatedAt: string;
}

interface DraftRow {
  year: number;
  template_id: number;
  assembled: string;
  assembled_at: string | null;
  edits: string;
  styles: string;
  keep_empty: string;
  excluded: string;
  include_unreviewed: number;
  updated_at: string;
}

function toDraft(row: DraftRow): ReportDraft {
  return {
    year: row.year,
    templateId: row.template_id,
    assembled: JSON.parse(row.assembled) as AssembledReport | null,
    assembledAt: row.assembled_at,
    edits: JSON.parse(row.edits) as ReportEdits,
    choices: {
      styles: JSON.parse(row.styles) as Record<string, EnumerationStyle>,
      keepEmpty: JSON.parse(row.keep_empty) as Record<string, boolean>,
      excluded: JSON.parse(row.excluded) as string[],
    },
    includeUnreviewed: row.include_unreviewed === 1,
    updatedAt: row.updated_at,
  };
}

export function getDraft(db: Database.Database, year: number): ReportDraft | undefined {
  const row = db.prepare('SELECT * FROM report_drafts WHERE year = ?').get(year) as DraftRow | undefined;
  return row && toDraft(row);
}

/** Stores a new assembly (the template and the entries it read); creates the year's draft if there is none. */
export function saveAssembly(db: Database.Database, year: number, templateId: number, assembled: AssembledReport, includeUnreviewed: boolean, now: string): void {
  db.prepare(
    `INSERT INTO report_drafts (year, template_id, assembled, assembled_at, include_unreviewed, updated_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (year) DO UPDATE SET template_id = excluded.template_id, assembled = excluded.assembled,
       assembled_at = excluded.assembled_at, include_unreviewed = excluded.include_unreviewed, updated_at = excluded.updated_at`,
  ).run(year, templateId, JSON.stringify(assembled), now, includeUnreviewed ? 1 : 0, now);
}

export function saveEdits(db: Database.Database, year: number, edits: ReportEdits, now: string): void {
  db.prepare('UPDATE report_drafts SET edits = ?, updated_at = ? WHERE year = ?').run(JSON.stringify(edits), now, year);
}

export function saveChoices(db: Database.Database, year: number, choices: ReportChoices, now: string): void {
  db.prepare('UPDATE report_drafts SET styles = ?, keep_empty = ?, excluded = ?, updated_at = ? WHERE year = ?').run(
    JSON.stringify(choices.styles),
    JSON.stringify(choices.keepEmpty),
    JSON.stringify(choices.excluded),
    now,
    year,
  );
}
