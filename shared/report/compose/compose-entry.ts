import type { ReportEntry } from '../assembly/assembly-input';
import { withSentenceEnd } from '../text/punctuation';
import type { Action } from './action-phrase';
import { actionPhrase } from './action-phrase';
import { datePhrase } from './date-phrase';
import { citeDocument } from './document-citation';
import { mentionsCount, mentionsMetric } from './figure-mentions';
import { figuresPhrase } from './figures-phrase';
import { leaderClause, participantsClause } from './people-phrase';
import type { PhraseLookup } from './phrase-lookup';

// The sentence an entry gives the report. With a 内容摘要, the summary — with any figure typed into the
// fields that it does not mention added after it. Without one, a sentence composed from the fields in
// the register of the reports: when, where, what, who, every figure, the document —
//   "3月15日，在城南社区开展民法典进社区宣传活动，参加23人，发放宣传资料800份、接待群众咨询120人次"
// Nothing is written that the entry (or, for the leader, the unit profile) does not say.

export interface ComposeSource {
  entry: ReportEntry;
  /** The entry's category key and name (a rule may name either). */
  categoryNames: readonly string[];
  /** The unit's leader as the profile names them ('' when not filled in). */
  leader: string;
  lookup: PhraseLookup;
}

export interface ComposeNote {
  code: 'compose-fallback' | 'metric-zero';
  message: string;
}

export interface ComposedSentence {
  text: string;
  /** Some or all of the words are the composer's, not the user's: the preview marks it. */
  composed: boolean;
  notes: ComposeNote[];
}

const WHOLE_YEAR = '全年';

function placePhrase(location: string): string {
  const place = location.trim();
  if (!place) return '';
  return /^[在于赴到]/.test(place) ? place : `在${place}`;
}

function zeroNote(entry: ReportEntry, zero: readonly string[]): ComposeNote[] {
  if (!zero.length) return [];
  return [{ code: 'metric-zero', message: `“${entry.title}”的指标“${zero.join('、')}”为0，报告中没有写入；如确需写明，请写进内容摘要` }];
}

function withDocument(text: string, entry: ReportEntry): string {
  return entry.docTitle ? citeDocument(text, entry.docTitle, entry.docNumber) : text;
}

/** What the entry did, with the verb or event noun its category supplies when the title lacks one. */
export function entryActionOf(lookup: PhraseLookup, entry: Pick<ReportEntry, 'title' | 'docTitle'>, categoryNames: readonly string[]): Action {
  const rule = lookup.category(categoryNames);
  return actionPhrase(lookup, { title: entry.title, docTitle: entry.docTitle, categoryVerb: rule?.verb ?? '', categorySuffix: rule?.suffix ?? '' });
}

function fromFields(source: ComposeSource): ComposedSentence {
  const { entry, lookup } = source;
  const action = entryActionOf(lookup, entry, source.categoryNames);
  const figures = figuresPhrase(lookup, action.text, entry.metrics);
  const date = action.dated ? '' : datePhrase(entry.date, entry.endDate, entry.period, entry.datePrecision);
  // "全年召开党组会议", not "全年，召开……": a whole year reads as part of the clause, a day as its own.
  const wholeYear = date === WHOLE_YEAR;
  const clauses = [
    wholeYear ? '' : date,
    `${wholeYear ? date : ''}${placePhrase(entry.location)}${figures.action}`,
    leaderClause({ leaderRole: entry.leaderRole, leader: source.leader }),
    participantsClause(entry),
    figures.text,
  ].filter(Boolean);
  const notes = zeroNote(entry, figures.zero);
  if (action.fallback) notes.unshift({ code: 'compose-fallback', message: `“${entry.title}”没有填写内容摘要，${action.fallback}，请核对或补写内容摘要` });
  return { text: withDocument(clauses.join('，'), entry), composed: true, notes };
}

function completed(source: ComposeSource, summary: string): ComposedSentence {
  const { entry, lookup } = source;
  const missing = entry.metrics.filter((m) => m.value !== 0 && !mentionsMetric(summary, m));
  const count = entry.participantCount;
  const countMissing = count !== null && count > 0 && !mentionsCount(summary, count);
  const figures = figuresPhrase(lookup, '', missing).text;
  const added = [countMissing ? `参加${count}人` : '', figures].filter(Boolean);
  const text = added.length ? `${withSentenceEnd(summary, '')}，${added.join('，')}` : summary;
  const zero = entry.metrics.filter((m) => m.value === 0 && !mentionsMetric(summary, m)).map((m) => m.name);
  return { text: withDocument(text, entry), composed: added.length > 0, notes: zeroNote(entry, zero) };
}

export function composeEntry(source: ComposeSource): ComposedSentence {
  const summary = source.entry.summary.trim();
  return summary ? completed(source, summary) : fromFields(source);
}
