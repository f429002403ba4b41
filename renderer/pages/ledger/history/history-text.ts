import type { ActivityPeriod, DatePrecision } from '../../../../shared/domain/activity';
import { ACTIVITY_PERIOD_NAMES, DATE_PRECISION_NAMES } from '../../../../shared/domain/activity';
import type { HistoryField } from '../../../../shared/domain/history';
import type { EntryMetric } from '../../../../shared/domain/metric';
import { metricValueText } from '../../../../shared/domain/metric';

// A history row stores values as the entry held them; a reader wants them as the form shows them.

const EMPTY = '（空）';

function metricText(m: EntryMetric): string {
  return `${m.name}${metricValueText(m)}${m.unit}`;
}

export function historyValueText(field: HistoryField, value: unknown): string {
  if (value === null || value === undefined || value === '') {
    if (field === 'leaderRole') return '无';
    if (field === 'period') return ACTIVITY_PERIOD_NAMES[''];
    return EMPTY;
  }
  if (field === 'period') return ACTIVITY_PERIOD_NAMES[value as ActivityPeriod] ?? String(value);
  if (field === 'datePrecision') return DATE_PRECISION_NAMES[value as DatePrecision] ?? String(value);
  if (field === 'docTitle') return `《${String(value)}》`;
  if (field === 'participantCount') return `${String(value)}人`;
  if (Array.isArray(value)) {
    if (value.length === 0) return EMPTY;
    return field === 'metrics' ? (value as EntryMetric[]).map(metricText).join('，') : value.map(String).join('、');
  }
  return String(value);
}

/** Long texts (摘要, 详细情况) are cut in the timeline; the whole text is in the tooltip. */
export function shortened(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

// The database keeps UTC ISO timestamps; staff read local wall-clock time.
export function localTime(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
