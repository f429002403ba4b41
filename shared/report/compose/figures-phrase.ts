import type { EntryMetric } from '../../domain/metric';
import { isPercentUnit, phraseQuantity, phraseRate } from '../numbers/quantity-phrase';
import type { PhraseLookup } from './phrase-lookup';
import { leadingVerb } from './phrase-lookup';

// Every figure of the entry in words: "发放宣传资料800份、接待群众咨询120人次", rates after the
// counts ("通过率为96.67%"), each worded by its phrase rule (or its own name), in the rules' order.
// A figure the action already names takes its number there instead ("开展文化市场执法检查35家次").
// A 0 is left out and said so: "立案0件" in a report reads as a mistake, and the user decides.

export interface Figures {
  /** The action, with a figure attached when it names that figure's thing. */
  action: string;
  /** The figures' clause(s), '' when none. */
  text: string;
  /** Metrics left out because they are 0 (their names). */
  zero: string[];
}

interface Worded {
  words: string;
  metric: EntryMetric;
  order: number;
  at: number;
}

function wordsOf(lookup: PhraseLookup, metric: EntryMetric): string {
  return lookup.metric(metric.name)?.words || metric.name;
}

/** The thing a figure counts, without the rule's verb: "开展执法检查" → "执法检查". */
function objectOf(lookup: PhraseLookup, words: string): string {
  const verb = leadingVerb(lookup, words);
  return verb && words.length > verb.length ? words.slice(verb.length) : words;
}

export function figuresPhrase(lookup: PhraseLookup, action: string, metrics: readonly EntryMetric[]): Figures {
  const zero: string[] = [];
  const worded: Worded[] = [];
  metrics.forEach((metric, at) => {
    if (metric.value === 0) zero.push(metric.name);
    else worded.push({ words: wordsOf(lookup, metric), metric, order: lookup.order(metric.name), at });
  });
  worded.sort((a, b) => a.order - b.order || a.at - b.at);

  let joined = action;
  const counts: string[] = [];
  const rates: string[] = [];
  for (const w of worded) {
    const rate = isPercentUnit(w.metric.unit);
    const quantity = rate ? phraseRate(w.metric.value) : phraseQuantity(w.metric);
    const named = !rate && joined === action && [objectOf(lookup, w.words), w.metric.name].some((thing) => thing.length >= 2 && action.endsWith(thing));
    if (named) joined = `${action}${quantity}`;
    else (rate ? rates : counts).push(`${w.words}${quantity}`);
  }
  // A figure whose own words hold a 、 ("研究部署、协调推进……10余次") would blur into a 、-list.
  const separator = counts.some((c) => /[、，]/.test(c)) ? '，' : '、';
  const text = [counts.join(separator), ...rates].filter(Boolean).join('，');
  return { action: joined, text, zero };
}
