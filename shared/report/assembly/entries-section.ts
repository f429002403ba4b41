import type { ReportEntry } from './assembly-input';
import type { TemplateSubsection } from '../../domain/report-template';
import type { MetricContext } from '../numbers/metric-phrases';
import { metricWords, totalClause } from '../numbers/metric-phrases';
import type { MetricTotal } from '../numbers/metric-totals';
import { computeTotals } from '../numbers/metric-totals';
import { isPercentUnit } from '../numbers/quantity-phrase';
import type { Placeholder, PlaceholderResolver } from '../text/placeholders';
import { parseTemplateText, placeholdersOf } from '../text/placeholders';
import { ensureSentenceEnd } from '../text/punctuation';
import type { AssemblyContext } from './assembly-context';
import type { DraftBlock, DraftParagraph } from './draft-blocks';
import { entrySentence } from './entry-sentence';
import type { TallyClause } from './events-tally';
import { eventsTally } from './events-tally';
import { entryAction } from '../compose/entry-composer';
import { phraseLookup } from '../compose/phrase-lookup';
import { enumerateItems } from './enumerate-items';

// One subsection of part 一 built from its entries: an optional lead, one item per single-event entry
// (in date order), then a totals paragraph — the template's metric sentences, and one "全年……" of
// the events counted and their shared figures summed (events-tally.ts) and, for period counters no
// sentence names, "办理案件共48件，同比……". Period-counter entries give figures, not sentences: four
// quarterly "办理案件12件" lines do not belong in a report, their sum does.

export const LARGE_NUMBER = 1_000_000;

type EntriesSubsection = Extract<TemplateSubsection, { kind: 'entries' }>;

function metricResolver(mctx: MetricContext, sources: Set<string>): PlaceholderResolver {
  return (p) => {
    const words = metricWords(mctx, p);
    words?.sources.forEach((s) => sources.add(s));
    return words?.text;
  };
}

/**
 * Metric names the template's own sentences already speak of (so no automatic clause repeats them).
 * A rate's counts are not among them: "答复率为100%" does not say how many requests there were.
 */
function namedMetrics(texts: readonly string[]): Set<string> {
  const names = new Set<string>();
  const add = (p: Placeholder) => {
    if (p.kind === 'metric') names.add(p.name);
  };
  texts.forEach((t) => placeholdersOf(parseTemplateText(t)).forEach(add));
  return names;
}

function checkTotals(ctx: AssemblyContext, key: string, totals: readonly MetricTotal[]): void {
  for (const t of totals) {
    const tooLarge = isPercentUnit(t.unit) ? t.value > 100 : t.value >= LARGE_NUMBER;
    if (tooLarge) {
      ctx.warn({ code: 'large-number', key, message: `指标“${t.name}”合计为${t.value}${t.unit}，数值异常大，请核对台账中的数字和单位`, activityIds: t.sources });
    }
  }
}

interface Sentence {
  text: string;
  sources: Set<string>;
}

/** A template sentence whose figures all come from one event listed just above repeats that event. */
function repeatsOneItem(sources: ReadonlySet<string>, filled: readonly Placeholder[], items: ReadonlySet<string>, ctx: AssemblyContext): boolean {
  if (sources.size !== 1 || !items.has([...sources][0] ?? '')) return false;
  const rateNames = new Set(ctx.input.template.rates.map((r) => r.name));
  return !filled.some((p) => p.kind === 'rate' || (p.kind === 'metric' && rateNames.has(p.name)));
}

function templateSentences(ctx: AssemblyContext, key: string, sub: EntriesSubsection, mctx: MetricContext, items: ReadonlySet<string>): Sentence[] {
  const out: Sentence[] = [];
  for (const template of sub.metricSentences) {
    const sources = new Set<string>();
    const filled = ctx.fill(template, key, metricResolver(mctx, sources));
    // A sentence whose required figure the year does not have is left out, not printed half-empty;
    // so is one whose figures were all optional and all absent ("全年" and nothing else).
    const saysSomething = filled.filled.some((p) => p.kind !== 'field');
    if (filled.missing.length === 0 && saysSomething && !repeatsOneItem(sources, filled.filled, items, ctx)) out.push({ text: ensureSentenceEnd(filled.text), sources });
  }
  return out;
}

const YEAR_OPENER = '全年';

/**
 * The year's clauses (events counted, shared figures summed, period counters) said once, with the
 * template's own "全年……" sentence when it has one: "全年共开展普法宣传活动3次，发放宣传资料……。",
 * not "全年共开展……。全年发放……。".
 */
function mergeYearClauses(sentences: Sentence[], clauses: readonly TallyClause[]): Sentence[] {
  if (!clauses.length) return sentences;
  const sources = new Set(clauses.flatMap((c) => c.sources));
  const own = clauses.map((c) => c.text).join('，');
  const at = sentences.findIndex((s) => s.text.startsWith(YEAR_OPENER));
  if (at < 0) return [{ text: `${YEAR_OPENER}${own}。`, sources }, ...sentences];
  const target = sentences[at] as Sentence;
  const rest = target.text.slice(YEAR_OPENER.length).replace(/^[，,]/u, '');
  const merged = { text: `${YEAR_OPENER}${own}，${rest}`, sources: new Set([...sources, ...target.sources]) };
  return sentences.map((s, i) => (i === at ? merged : s));
}

interface TotalsSource {
  sub: EntriesSubsection;
  entries: readonly ReportEntry[];
  mctx: MetricContext;
  /** Ids of the events whose sentences the subsection lists. */
  items: ReadonlySet<string>;
  lastYearCount: number | undefined;
}

function totalsParagraph(ctx: AssemblyContext, key: string, source: TotalsSource): DraftParagraph | undefined {
  const { sub, entries, mctx } = source;
  const sentences = templateSentences(ctx, key, sub, mctx, source.items);
  const clauses: TallyClause[] = [];
  if (sub.autoTotals) {
    const named = namedMetrics([sub.lead, ...sub.metricSentences]);
    const counters = new Set(entries.filter((e) => e.period !== '').flatMap((e) => e.metrics.map((m) => m.name)));
    const said = sentences.map((s) => s.text).join('') + sub.lead;
    const lookup = phraseLookup(ctx.input.template.phrases);
    const tally = eventsTally({
      events: entries.filter((e) => e.period === ''),
      totals: mctx.totals,
      categories: sub.categories,
      spoken: new Set([...named, ...counters]),
      lastYearCount: source.lastYearCount,
      lastYearTotals: mctx.lastYear,
      lookup,
      actionOf: entryAction(ctx.input),
    });
    // A template sentence that already counts the events ("共开展普法宣传活动{指标:开展活动}") keeps its count.
    clauses.push(...tally.filter((c) => !c.countNoun || !said.includes(c.countNoun)));
    const counted = mctx.totals.filter((t) => counters.has(t.name) && !named.has(t.name));
    clauses.push(...counted.map((t) => ({ text: totalClause(mctx, t, lookup.metric(t.name)?.words || t.name), sources: t.sources })));
  }
  const merged = mergeYearClauses(sentences, clauses);
  if (!merged.length) return undefined;
  const sources = new Set(merged.flatMap((s) => [...s.sources]));
  return { kind: 'paragraph', key: `${key}.totals`, origin: 'log', sources: [...sources], text: ctx.clean(merged.map((s) => s.text).join(''), key, '指标合计') };
}

/** `entries`: the subsection's entries, in date order; `lastYearCount`: its single events last year, when known. */
export function entriesSection(
  ctx: AssemblyContext,
  key: string,
  sub: EntriesSubsection,
  entries: readonly ReportEntry[],
  lastYearCount?: number,
): { blocks: DraftBlock[]; items: number; empty: boolean; enumerated: ReturnType<typeof enumerateItems> } {
  const { totals, notes } = computeTotals(entries);
  notes.forEach((n) => ctx.warn({ code: n.code, key, message: n.message, ...(n.sources.length ? { activityIds: n.sources } : {}) }));
  checkTotals(ctx, key, totals);
  const mctx: MetricContext = { totals, lastYear: ctx.input.lastYearTotals, rates: ctx.input.template.rates };

  const events = entries.filter((e) => e.period === '');
  const items = events.map((e) => ({ id: e.id, ...entrySentence(ctx, e, key), sources: [e.id] }));
  const enumerated = enumerateItems(ctx, key, items, 3, 'log');
  const totalsBlock = totalsParagraph(ctx, key, { sub, entries, mctx, items: new Set(events.map((e) => e.id)), lastYearCount });

  const blocks: DraftBlock[] = [];
  if (sub.lead && (items.length || totalsBlock)) {
    const sources = new Set<string>();
    const lead = ctx.fill(sub.lead, key, metricResolver(mctx, sources));
    if (lead.missing.every((p) => p.kind === 'field')) blocks.push({ kind: 'paragraph', key: `${key}.lead`, origin: 'template', sources: [...sources], text: ensureSentenceEnd(lead.text) });
  }
  blocks.push(...enumerated.blocks);
  if (totalsBlock) blocks.push(totalsBlock);
  return { blocks, items: items.length, empty: items.length === 0 && !totalsBlock, enumerated };
}
