import type { ReportTemplateBody } from '../../../../shared/domain/report-template';
import { describeIssue, reportTemplateBody } from '../../../../shared/report/template-schema';
import type { ReferenceRow } from './reference-rows';

// The operation refuses a wrong template with one message naming every wrong part. To put each
// problem under its own box as well, the page checks the body with the same shared schema and maps
// the paths to the form's field names.

export interface FieldProblem {
  /** The form's name path (under 'body'). */
  name: (string | number)[];
  message: string;
  /** Index of the part and subsection it is in, to open their panels. */
  part?: number;
  subsection?: number;
  /** The list of the phrase rules it is in (metrics, categories, nouns, verbs), to open its section. */
  phrases?: string;
}

/** A list edited as one box (类别, 标签) takes its items' problems on the box. */
const WHOLE_LISTS = new Set(['categories', 'tags']);

/** Where the path is cut to the box of a whole list: in the phrase rules only 保留原动词 is one box (its 类别 are rows). */
function wholeListCut(path: readonly (string | number)[]): number {
  if (path[0] === 'phrases') return path[1] === 'verbs' && typeof path[2] === 'number' ? 1 : -1;
  return path.findIndex((p, i) => typeof p === 'string' && WHOLE_LISTS.has(p) && typeof path[i + 1] === 'number');
}

/** A policy reference's problem goes on its row: the name's box for the name, else the wording's. */
function referenceField(issue: { code: string; path: PropertyKey[] }, rows: readonly (ReferenceRow | undefined)[]): (string | number)[] | undefined {
  const row = rows.findIndex((r) => (r?.name ?? '').trim() === issue.path[1]);
  if (issue.path[0] !== 'references' || row < 0) return undefined;
  return ['referenceRows', row, issue.code === 'invalid_key' || issue.code === 'custom' ? 'name' : 'text'];
}

export function templateProblems(body: unknown, rows: readonly (ReferenceRow | undefined)[] = []): FieldProblem[] {
  const result = reportTemplateBody.safeParse(body);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const reference = referenceField(issue, rows);
    if (reference) return { name: reference, message: describeIssue(issue) };
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const cut = wholeListCut(path);
    const name = ['body', ...(cut >= 0 ? path.slice(0, cut + 1) : path)];
    const part = path[0] === 'parts' && typeof path[1] === 'number' ? path[1] : undefined;
    const subsection = part !== undefined && path[2] === 'subsections' && typeof path[3] === 'number' ? path[3] : undefined;
    const phrases = path[0] === 'phrases' && typeof path[1] === 'string' ? path[1] : undefined;
    return {
      name,
      message: describeIssue(issue),
      ...(part !== undefined ? { part } : {}),
      ...(subsection !== undefined ? { subsection } : {}),
      ...(phrases !== undefined ? { phrases } : {}),
    };
  });
}

/** What the form holds, as the operation takes it: blank metric sentences are left out. */
export function cleanBody(body: ReportTemplateBody): ReportTemplateBody {
  return {
    ...body,
    parts: body.parts.map((part) =>
      part.kind !== 'measures'
        ? part
        : { ...part, subsections: part.subsections.map((s) => (s.kind === 'entries' ? { ...s, metricSentences: s.metricSentences.map((m) => m ?? '').filter((m) => m.trim() !== '') } : s)) },
    ),
  };
}
