import type { ReportWarning } from '../../domain/report-draft';
import type { ReportDocument } from '../report-document';
import { beyondAssemblyReminders, lintReport } from './lint-report';

// The lint as warnings of the preview, after the ones assembly and the edits gave. A 〔单位〕 left for
// a fact not filled in already has assembly's field-missing warning on its block, which says where the
// fact is filled; the lint does not say it a second time.

export function lintWarnings(doc: ReportDocument, earlier: readonly ReportWarning[]): ReportWarning[] {
  const fieldMissing = new Set(earlier.filter((w) => w.code === 'field-missing').map((w) => w.key));
  return beyondAssemblyReminders(doc, lintReport(doc))
    .filter((f) => !(f.code === 'lint-placeholder' && f.excerpt?.startsWith('〔') && fieldMissing.has(f.key)))
    .map((f) => ({ code: f.code, key: f.key, message: f.message }));
}
