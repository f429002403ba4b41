import type { ReadinessFinding } from '../../domain/readiness';
import type { ReportTemplateBody } from '../../domain/report-template';
import type { DeepLink, NarrativeFieldKey } from '../../navigation/deep-links';
import type { ReportEntry } from '../assembly/assembly-input';
import { editedDocument } from '../edits/report-view';
import type { LintFinding } from '../lint/lint-finding';
import { beyondAssemblyReminders, lintReport } from '../lint/lint-report';
import type { ReportBlock } from '../report-document';
import { partOfKey } from './find-part';
import type { ReadinessInput } from './readiness-input';

// The report lint over the report as it would be sent: a placeholder left, a number doubled, a
// sentence said twice. Each finding goes under the part its paragraph is in, and links to where the
// text it came from is written: the entry, the year's narrative, the template, or (for a paragraph
// or title the user edited) the 年报 preview.

/** A fact left as 〔…〕 that the year's narrative fills (the rest are the unit's or the template's). */
const NARRATIVE_FIELDS: Readonly<Record<string, NarrativeFieldKey>> = { '〔上级〕': 'superior', '〔开头补充〕': 'preface' };

const NARRATIVE_PARTS: Readonly<Partial<Record<string, NarrativeFieldKey>>> = { problems: 'problems', plans: 'plans', other: 'other' };

/** Of a paragraph's entries, the one whose own words hold the offending text; else the first. */
function entryOf(block: ReportBlock, excerpt: string | undefined, entries: ReadonlyMap<string, ReportEntry>): string | undefined {
  const holds = (id: string) => {
    const e = entries.get(id);
    return excerpt !== undefined && e !== undefined && [e.title, e.summary, e.docTitle, e.docNumber].some((t) => t.includes(excerpt));
  };
  return block.sources.find(holds) ?? block.sources[0];
}

function linkFor(f: LintFinding, block: ReportBlock | undefined, template: ReportTemplateBody, year: number, entries: ReadonlyMap<string, ReportEntry>, edited: boolean): DeepLink {
  // Text the user wrote in the preview is changed there, not in the entry or narrative it replaced.
  if (edited) return { to: 'report', year };
  const field = f.excerpt ? NARRATIVE_FIELDS[f.excerpt] : undefined;
  if (field) return { to: 'narrative', year, field };
  // The opening is the template's sentence around the year's preface; what goes wrong there is
  // almost always pasted into the preface. The signature's unit is written in the narrative too.
  if (f.key === 'opening' || f.key === 'signature') return { to: 'narrative', year, field: 'preface' };
  if (f.key.endsWith('.duties')) return { to: 'narrative', year, field: 'dutiesParagraph' };
  const id = block ? entryOf(block, f.excerpt, entries) : undefined;
  if (id) return { to: 'entry', id };
  const kind = template.parts.find((p) => p.id === partOfKey(f.key))?.kind;
  const narrative = kind ? NARRATIVE_PARTS[kind] : undefined;
  if (narrative && block?.origin !== 'template') return { to: 'narrative', year, field: narrative };
  return { to: 'templates', year };
}

/**
 * A fact not filled in is left as 〔单位〕 wherever the template names it (title, opening, openers):
 * one thing to fill, so one finding, at its first place, saying how many there are.
 */
function oncePerMissingFact(findings: readonly LintFinding[]): LintFinding[] {
  const counts = new Map<string, number>();
  const fact = (f: LintFinding) => (f.code === 'lint-placeholder' && f.excerpt?.startsWith('〔') ? f.excerpt : undefined);
  for (const f of findings) {
    const name = fact(f);
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const seen = new Set<string>();
  return findings.flatMap((f) => {
    const name = fact(f);
    if (!name) return [f];
    if (seen.has(name)) return [];
    seen.add(name);
    const n = counts.get(name) ?? 1;
    return [n > 1 ? { ...f, message: `${f.message}（报告中共${n}处）` } : f];
  });
}

/** Over the report with the user's edits, as the preview shows it, so the check reads what will be sent. */
export function checkReportLint(input: ReadinessInput): ReadinessFinding[] {
  const { assembly, assembled, edits } = input;
  const doc = editedDocument(assembled, edits).document;
  const blocks = new Map(doc.blocks.map((b) => [b.key, b]));
  const entries = new Map(assembly.entries.map((e) => [e.id, e]));
  const parts = new Set(assembly.template.parts.map((p) => p.id));
  // The title, the opening and the signature belong to no part: they are listed with the first.
  const first = assembly.template.parts[0]?.id ?? 'measures';
  return oncePerMissingFact(beyondAssemblyReminders(doc, lintReport(doc))).map((f) => {
    const part = partOfKey(f.key);
    return {
      code: 'report-lint',
      severity: f.severity,
      group: parts.has(part) ? part : first,
      text: f.message,
      link: linkFor(f, blocks.get(f.key), assembly.template, assembly.year, entries, edits[f.key] !== undefined),
    };
  });
}
