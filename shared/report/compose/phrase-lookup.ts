import type { PhraseRules } from '../../domain/phrase-rules';

// The phrase rules of one template, indexed once per assembly: a year of 20,000 entries looks each
// entry's verb, event noun, category and metrics up, and scanning the lists each time would add up.

type CategoryRule = PhraseRules['categories'][number];
type MetricRule = PhraseRules['metrics'][number];

export interface PhraseLookup {
  /** Rule verbs, longest first, so "组织开展" is not read as "组织". */
  verbs: readonly string[];
  /** Event nouns, longest ending first ("座谈会" before "会"). */
  nouns: readonly { ending: string; verb: string }[];
  category(keyOrName: readonly string[]): CategoryRule | undefined;
  metric(name: string): MetricRule | undefined;
  /** The metric's place in a sentence (the rule's order, or after every ruled metric). */
  order(name: string): number;
}

const byLength = (a: string, b: string) => b.length - a.length;

export function phraseLookup(rules: PhraseRules): PhraseLookup {
  const categories = new Map(rules.categories.map((c) => [c.category, c]));
  const metrics = new Map(rules.metrics.map((m) => [m.name, m]));
  return {
    verbs: [...new Set(rules.verbs)].sort(byLength),
    nouns: [...rules.nouns].sort((a, b) => byLength(a.ending, b.ending)),
    category: (names) => names.map((n) => categories.get(n)).find((c) => c !== undefined),
    metric: (name) => metrics.get(name),
    order: (name) => metrics.get(name)?.order ?? 1000,
  };
}

/** The rule verb a phrase starts with, or ''. */
export function leadingVerb(lookup: PhraseLookup, text: string): string {
  return lookup.verbs.find((v) => text.startsWith(v)) ?? '';
}
