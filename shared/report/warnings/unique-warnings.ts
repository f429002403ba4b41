import type { ReportWarning } from '../../domain/report-draft';

// One line per thing to do. A fact not filled in (“单位”没有填写…) is warned about at every block
// that names it, in the same words; the reader needs it once. Two warnings are the same when their
// code, message and entries (in any order) are; the block they are on is not part of it, since the
// message reads the same wherever it is. The first is kept, so a click goes to the first place.

function identity(w: ReportWarning): string {
  const ids = w.activityIds ? [...w.activityIds].sort() : [];
  return JSON.stringify([w.code, w.message, ids]);
}

/** The warnings in their order, each one once. Pure. */
export function uniqueWarnings(warnings: readonly ReportWarning[]): ReportWarning[] {
  const seen = new Set<string>();
  return warnings.filter((w) => {
    const id = identity(w);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
