import type { ReportTemplateBody } from '../../domain/report-template';
import type { AssemblyInput, ReportEntry } from '../assembly/assembly-input';
import type { ComposedSentence } from './compose-entry';
import { composeEntry, entryActionOf } from './compose-entry';
import { phraseLookup } from './phrase-lookup';

// The composer of one assembly: the template's phrase rules indexed, the categories by id, the
// leader as the unit profile names them. Also what 采用为内容摘要 calls for a single entry, so the
// summary it writes is exactly the sentence the preview showed.

export type EntryComposer = (entry: ReportEntry) => ComposedSentence;

export interface ComposerInput extends Pick<AssemblyInput, 'categories' | 'unit'> {
  template: Pick<ReportTemplateBody, 'phrases'>;
}

function categoryNamesById(input: ComposerInput): Map<number, string[]> {
  return new Map(input.categories.map((c) => [c.id, c.key ? [c.key, c.name] : [c.name]]));
}

export function entryComposer(input: ComposerInput): EntryComposer {
  const lookup = phraseLookup(input.template.phrases);
  const categories = categoryNamesById(input);
  const leader = `${input.unit.leaderTitle}${input.unit.leaderName}`;
  return (entry) => composeEntry({ entry, categoryNames: categories.get(entry.categoryId) ?? [], leader, lookup });
}

/** What an entry did, as its composed sentence words it ("召开党组会议"), for part 三's tally. */
export function entryAction(input: ComposerInput): (entry: ReportEntry) => string {
  const lookup = phraseLookup(input.template.phrases);
  const categories = categoryNamesById(input);
  return (entry) => entryActionOf(lookup, entry, categories.get(entry.categoryId) ?? []).text;
}
