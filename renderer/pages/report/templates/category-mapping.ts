import type { Category } from '../../../../shared/domain/category';
import type { TemplatePart } from '../../../../shared/domain/report-template';

// A template names a default category by its key and a unit's own category (which has none) by its
// name. A category goes to one place only, so the picker shows where each one already is.

export function categoryValue(c: Category): string {
  return c.key ?? c.name;
}

export interface MappingPlace {
  part: number;
  subsection?: number;
}

function headingOf(parts: readonly TemplatePart[], at: MappingPlace): string {
  const part = parts[at.part];
  if (!part) return '';
  if (at.subsection === undefined) return part.heading;
  return part.kind === 'measures' ? (part.subsections[at.subsection]?.heading ?? '') : '';
}

/** Category values mapped anywhere but `here`, with the heading of where they are. */
export function mappedElsewhere(parts: readonly TemplatePart[] | undefined, here: MappingPlace): Map<string, string> {
  const out = new Map<string, string>();
  (parts ?? []).forEach((part, pi) => {
    const add = (values: readonly string[] | undefined, at: MappingPlace) => {
      if (at.part === here.part && at.subsection === here.subsection) return;
      for (const v of values ?? []) out.set(v, headingOf(parts ?? [], at) || '另一小节');
    };
    if (part?.kind === 'leader') add(part.categories, { part: pi });
    if (part?.kind === 'measures') part.subsections?.forEach((s, si) => add(s?.categories, { part: pi, subsection: si }));
  });
  return out;
}

/** Categories (not hidden) that no part or subsection takes: their entries go to the 兜底 subsection. */
export function unmappedCategories(parts: readonly TemplatePart[] | undefined, categories: readonly Category[]): Category[] {
  const mapped = mappedElsewhere(parts, { part: -1 });
  return categories.filter((c) => !c.hidden && !mapped.has(categoryValue(c)));
}
