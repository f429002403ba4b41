import type Database from 'better-sqlite3';
import type { ReportChoices } from '../../../shared/domain/report-draft';
import type { ReportTemplateBody } from '../../../shared/domain/report-template';
import type { AssemblyInput, ReportEntry } from '../../../shared/report/assembly/assembly-input';
import type { MetricTotal } from '../../../shared/report/numbers/metric-totals';
import { computeTotals } from '../../../shared/report/numbers/metric-totals';
import { listCategories } from '../../store/category-store';
import { listPlanItems } from '../../store/plan-item-store';
import { getNarrative } from '../../store/report-narrative-store';
import { countYearEvents, listYearReportEntries } from '../../store/report-entry-store';
import { metricGroups } from '../../store/stats-store';
import { getUnit } from '../../store/unit-store';

// Reads what one assembly needs from the store. Only reads: assembling never changes an entry.

/** How the year's entries are chosen: only 已审核 ones unless a draft of everything is asked for. */
export interface EntryChoice {
  includeUnreviewed?: boolean | undefined;
}

/** Every live entry dated in the year (the trash is not part of the report), 已审核 only by default. */
export function yearEntries(db: Database.Database, year: number, choice: EntryChoice = {}): ReportEntry[] {
  return listYearReportEntries(db, year, choice.includeUnreviewed === true);
}

/**
 * Last year's totals by the same rules as this year's, so 同比 compares like with like: 已审核 entries
 * only unless the draft reads every entry (then last year's are all read too). Only the figures are
 * used, so they come from the same per-period sums the 统计 page reads (metricGroups), not from
 * every entry of the year.
 */
export function lastYearTotals(db: Database.Database, year: number, choice: EntryChoice = {}): MetricTotal[] {
  return computeTotals(metricGroups(db, year - 1, choice.includeUnreviewed !== true).entries).totals;
}

/** The unit profile and the categories as assembly reads them: also what 采用为内容摘要 composes with. */
export function unitAndCategories(db: Database.Database): Pick<AssemblyInput, 'unit' | 'categories'> {
  const unit = getUnit(db);
  return {
    unit: { name: unit.name, leaderName: unit.leaderName, leaderTitle: unit.leaderTitle },
    categories: listCategories(db).map((c) => ({ id: c.id, key: c.key, name: c.name })),
  };
}

export function gatherInput(db: Database.Database, year: number, template: ReportTemplateBody, choices: ReportChoices, today: string, entryChoice: EntryChoice = {}): AssemblyInput {
  return {
    year,
    today,
    ...unitAndCategories(db),
    template,
    entries: yearEntries(db, year, entryChoice),
    lastYearTotals: lastYearTotals(db, year, entryChoice),
    lastYearEvents: countYearEvents(db, year - 1, entryChoice.includeUnreviewed === true),
    narrative: getNarrative(db, year).narrative,
    choices,
    planItems: listPlanItems(db, year).map((i) => ({ status: i.status, entryIds: i.entries.map((e) => e.id) })),
  };
}
