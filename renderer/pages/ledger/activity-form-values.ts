import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import type { Activity, ActivityCreateInput, ActivityPeriod, DatePrecision, LeaderRole } from '../../../shared/domain/activity';
import { ACTIVITY_EDITABLE_FIELDS } from '../../../shared/domain/activity';
import type { ResolvedEntryTemplate } from '../../../shared/domain/entry-templates';
import { fillTemplate } from '../../../shared/domain/entry-templates';
import type { EntryMetricInput } from '../../../shared/domain/metric';

/** One row of the 指标 list as the boxes hold it: the value may still be empty. */
export interface MetricRow {
  name?: string;
  value?: number | null;
  unit?: string;
  approximate?: boolean;
  /** Put there by a template: a suggestion, dropped on saving if left without a value. */
  suggested?: boolean;
}

/**
 * What the form holds: dates as dayjs for the pickers, empty boxes as undefined. Known only to the
 * month, `date` and `endDate` are the first and last months (endDate empty for one month); only to
 * the year, `date` is the year.
 */
export interface ActivityFormValues {
  date?: Dayjs | null;
  endDate?: Dayjs | null;
  /** Absent: 精确到日. */
  datePrecision?: DatePrecision;
  categoryId?: number;
  title?: string;
  summary?: string;
  details?: string;
  department?: string;
  participantCount?: number | null;
  participantsDesc?: string;
  location?: string;
  leaderRole?: LeaderRole;
  docTitle?: string;
  docNumber?: string;
  period?: ActivityPeriod;
  tags?: string[];
  metrics?: MetricRow[];
}

/** The form edits exactly the entry's editable fields. */
export const ACTIVITY_FORM_FIELDS = ACTIVITY_EDITABLE_FIELDS;

const DATE_FORMAT = 'YYYY-MM-DD';

export function blankActivity(department: string): ActivityFormValues {
  return { date: dayjs(), datePrecision: 'day', department, tags: [], metrics: [], leaderRole: '', period: '' };
}

/** The end box as the form shows it: a month entry of one month, or a year, leaves it empty. */
function endDateValue(a: Activity): Dayjs | null {
  if (!a.endDate || a.datePrecision === 'year') return null;
  if (a.datePrecision === 'month' && a.endDate.slice(0, 7) === a.date.slice(0, 7)) return null;
  return dayjs(a.endDate);
}

export function activityToFormValues(a: Activity): ActivityFormValues {
  return {
    date: dayjs(a.date),
    endDate: endDateValue(a),
    datePrecision: a.datePrecision,
    categoryId: a.categoryId,
    title: a.title,
    summary: a.summary,
    details: a.details,
    department: a.department,
    participantCount: a.participantCount,
    participantsDesc: a.participantsDesc,
    location: a.location,
    leaderRole: a.leaderRole,
    docTitle: a.docTitle,
    docNumber: a.docNumber,
    period: a.period,
    tags: a.tags,
    metrics: a.metrics.map((m) => ({ ...m })),
  };
}

/**
 * A template's pattern, with the slots given filled in; the others stay as {学习内容} so the person
 * sees what is left to write (the form will not save until they are replaced).
 */
export function templateToFormValues(t: ResolvedEntryTemplate, department: string, slots: Record<string, string> = {}): ActivityFormValues {
  return {
    ...blankActivity(department),
    categoryId: t.categoryId,
    title: fillTemplate(t.titlePattern, slots),
    summary: fillTemplate(t.summaryPattern, slots),
    tags: [...t.tags],
    leaderRole: t.leaderRole,
    period: t.period,
    metrics: t.metrics.map((m) => ({ name: m.name, unit: m.unit, value: null, approximate: false, suggested: true })),
  };
}

const SLOT = /\{[^{}]+\}/;

/** The first {占位} still in a text, for the message and for selecting it in the box. */
export function firstSlot(text: string | undefined): { start: number; end: number; slot: string } | null {
  const m = text ? SLOT.exec(text) : null;
  return m ? { start: m.index, end: m.index + m[0].length, slot: m[0] } : null;
}

const noValue = (m: MetricRow) => m.value === null || m.value === undefined;

/** A row that saving leaves out: typed nothing into, or a template's suggestion left without a value. */
export function isBlankRow(m: MetricRow): boolean {
  return noValue(m) && (Boolean(m.suggested) || (!m.name?.trim() && !m.unit?.trim()));
}

/**
 * The payload for create and update alike. Missing required values are sent as they are so that
 * the backend, which owns the rules, answers with its own Chinese message for the box.
 */
/**
 * The stored span for what the pickers hold: a day as picked; months from the 1st of the first to
 * the last day of the last; a year from 1 January to 31 December.
 */
export function formDates(v: Pick<ActivityFormValues, 'date' | 'endDate' | 'datePrecision'>): Pick<ActivityCreateInput, 'date' | 'endDate' | 'datePrecision'> {
  const precision = v.datePrecision ?? 'day';
  if (!v.date) return { date: '', endDate: v.endDate ? v.endDate.format(DATE_FORMAT) : null, datePrecision: precision };
  if (precision === 'day') return { date: v.date.format(DATE_FORMAT), endDate: v.endDate ? v.endDate.format(DATE_FORMAT) : null, datePrecision: precision };
  const unit = precision === 'month' ? 'month' : 'year';
  const last = precision === 'month' && v.endDate ? v.endDate : v.date;
  return { date: v.date.startOf(unit).format(DATE_FORMAT), endDate: last.endOf(unit).format(DATE_FORMAT), datePrecision: precision };
}

export function formValuesToInput(v: ActivityFormValues): ActivityCreateInput {
  const metrics: EntryMetricInput[] = (v.metrics ?? [])
    .filter((m) => !isBlankRow(m))
    .map((m) => ({ name: (m.name ?? '').trim(), value: m.value as number, unit: (m.unit ?? '').trim(), approximate: m.approximate ?? false }));
  return {
    ...formDates(v),
    categoryId: v.categoryId as number,
    title: v.title ?? '',
    summary: v.summary ?? '',
    details: v.details ?? '',
    department: v.department ?? '',
    participantCount: v.participantCount ?? null,
    participantsDesc: v.participantsDesc ?? '',
    location: v.location ?? '',
    leaderRole: v.leaderRole ?? '',
    docTitle: v.docTitle ?? '',
    docNumber: v.docNumber ?? '',
    period: v.period ?? '',
    tags: (v.tags ?? []).map((t) => t.trim()).filter(Boolean),
    metrics,
  };
}
