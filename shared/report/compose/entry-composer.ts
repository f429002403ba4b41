import type { ReportTemplateBody } from '../../domain/report-template';
import type { AssemblyInput, ReportEntry } from '../assembly/assembly-input';
import type { ComposedSentence } from './compose-entry';
import { composeEntry } from './compose-entry';
import { phraseLookup } from './phrase-lookup';

// The composer of one assembly: the template's phrase rules indexed, the categories by id, the
// leader as the unit profile names them. Also what 采用为内容摘要 calls for a single entry, so the
// summary it writes is exactly the sentence the preview showed.

export type EntryComposer = (entry: ReportEntry) => ComposedSentence;

export interface ComposerInput extends Pick<AssemblyInput, 'categories' | 'unit'> {
  template: Pick<ReportTemplateBody, 'phrases'>;
}

export function entryComposer(input: ComposerInput): EntryComposer {
  const lookup = phraseLookup(input.template.phrases);
  const categories = new Map(input.categories.map((c) => [c.id, c.key ? [c.key, c.name] : [c.name]]));
  const leader = `${input.unit.leaderTitle}${input.unit.leaderName}`;
  return (entry) => composeEntry({ entry, categoryNames: categories.get(entry.categoryId) ?? [], leader, lookup });
}
