import type Database from 'better-sqlite3';
import type { ReportTemplate, ReportTemplateBody, ReportTemplateSummary } from '../../shared/domain/report-template';
import type { BuiltinTemplate } from '../../shared/report/templates/builtin-templates';
import { BUILTIN_TEMPLATES } from '../../shared/report/templates/builtin-templates';

interface TemplateRow {
  id: number;
  key: string;
  name: string;
  version: number;
  body: string;
  builtin: number;
  updated_at: string;
}

function toTemplate(row: TemplateRow): ReportTemplate {
  return { id: row.id, key: row.key, name: row.name, version: row.version, builtin: row.builtin === 1, updatedAt: row.updated_at, body: JSON.parse(row.body) as ReportTemplateBody };
}

/**
 * Brings the stored built-ins up to this build's versions (a successor 纲要 arrives as data). Only
 * built-in rows are touched; a user's copies never change behind their back.
 */
export function syncBuiltinTemplates(db: Database.Database, now: string, builtins: readonly BuiltinTemplate[] = BUILTIN_TEMPLATES): void {
  const stored = db.prepare('SELECT key, version FROM report_templates WHERE builtin = 1').all() as { key: string; version: number }[];
  const versions = new Map(stored.map((r) => [r.key, r.version]));
  const stale = builtins.filter((t) => (versions.get(t.key) ?? 0) < t.version);
  if (!stale.length) return;
  db.transaction(() => {
    for (const t of stale) {
      db.prepare(
        `INSERT INTO report_templates (key, name, version, body, builtin, updated_at) VALUES (?, ?, ?, ?, 1, ?)
         ON CONFLICT (key) DO UPDATE SET version = excluded.version, body = excluded.body, updated_at = excluded.updated_at`,
      ).run(t.key, t.name, t.version, JSON.stringify(t.body), now);
    }
  })();
}

export function listTemplates(db: Database.Database): ReportTemplateSummary[] {
  const rows = db.prepare('SELECT * FROM report_templates ORDER BY builtin DESC, id').all() as TemplateRow[];
  const uses = db.prepare('SELECT template_id AS id, year FROM report_drafts ORDER BY year').all() as { id: number; year: number }[];
  return rows.map((r) => {
    const { body, ...rest } = toTemplate(r);
    return { ...rest, description: body.description, usedByYears: uses.filter((u) => u.id === r.id).map((u) => u.year) };
  });
}

export function getTemplate(db: Database.Database, id: number): ReportTemplate | undefined {
  const row = db.prepare('SELECT * FROM report_templates WHERE id = ?').get(id) as TemplateRow | undefined;
  return row && toTemplate(row);
}

export function templateNameTaken(db: Database.Database, name: string, exceptId?: number): boolean {
  return db.prepare('SELECT 1 FROM report_templates WHERE name = ? AND id IS NOT ?').get(name, exceptId ?? null) !== undefined;
}

/** A user's template; its key is custom-<id>, fixed at creation. */
export function insertTemplate(db: Database.Database, t: { name: string; version: number; body: ReportTemplateBody }, now: string): ReportTemplate {
  return db.transaction(() => {
    const id = (db.prepare('SELECT coalesce(max(id), 0) + 1 FROM report_templates').pluck().get() as number);
    db.prepare('INSERT INTO report_templates (id, key, name, version, body, builtin, updated_at) VALUES (?, ?, ?, ?, ?, 0, ?)').run(
      id,
      `custom-${id}`,
      t.name,
      t.version,
      JSON.stringify(t.body),
      now,
    );
    return getTemplate(db, id) as ReportTemplate;
  })();
}

export function updateTemplate(db: Database.Database, id: number, patch: { name: string; body: ReportTemplateBody }, now: string): ReportTemplate {
  db.prepare('UPDATE report_templates SET name = ?, body = ?, version = version + 1, updated_at = ? WHERE id = ? AND builtin = 0').run(patch.name, JSON.stringify(patch.body), now, id);
  return getTemplate(db, id) as ReportTemplate;
}

/** A user's template only; a draft made with it keeps its template_id and its text. */
export function deleteTemplate(db: Database.Database, id: number): void {
  db.prepare('DELETE FROM report_templates WHERE id = ? AND builtin = 0').run(id);
}
