import type { ReportTemplateBody } from '../../../../shared/domain/report-template';

// Policy references are a record ({名称: 表述}) in the template, but the form edits them as rows, so
// a name can be changed and two rows can (for a moment) carry the same name without losing one.

export interface ReferenceRow {
  name: string;
  text: string;
}

export function referenceRows(references: ReportTemplateBody['references']): ReferenceRow[] {
  return Object.entries(references).map(([name, text]) => ({ name, text }));
}

/** Rows back into the record; rows left wholly blank are dropped. Names are trimmed, as the schema trims texts. */
export function referencesOf(rows: readonly (ReferenceRow | undefined)[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const row of rows ?? []) {
    const name = (row?.name ?? '').trim();
    const text = row?.text ?? '';
    if (!name && !text.trim()) continue;
    out[name] = text;
  }
  return out;
}

/** Names used by more than one row: the record would keep only the last, so saving is refused. */
export function duplicateNames(rows: readonly (ReferenceRow | undefined)[] | undefined): Set<string> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const row of rows ?? []) {
    const name = (row?.name ?? '').trim();
    if (!name) continue;
    if (seen.has(name)) twice.add(name);
    seen.add(name);
  }
  return twice;
}
