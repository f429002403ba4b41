import type { ActivityCreateInput } from '../../../shared/domain/activity';
import { ACTIVITY_EDITABLE_FIELDS, ACTIVITY_FIELD_LABELS, ACTIVITY_PERIOD_NAMES, DATE_PRECISION_NAMES } from '../../../shared/domain/activity';

// When someone else saved an entry while this person was editing it, their own changes must not
// vanish with a 重新载入. This writes what they changed as plain lines ("事项标题：…") they can
// select and copy before reloading, then paste back where still needed. Plain text, not the
// clipboard API: that exists only on https or localhost, and the host is reached over plain http.

type Input = ActivityCreateInput;
type Field = (typeof ACTIVITY_EDITABLE_FIELDS)[number];

function metricText(m: { name: string; value: number; unit?: string | undefined; approximate?: boolean | undefined }): string {
  return `${m.name}${m.value}${m.approximate ? '余' : ''}${m.unit ?? ''}`;
}

function valueText(field: Field, v: Input, categoryName: (id: number) => string): string {
  switch (field) {
    case 'categoryId':
      return categoryName(v.categoryId);
    case 'datePrecision':
      return DATE_PRECISION_NAMES[v.datePrecision ?? 'day'];
    case 'period':
      return ACTIVITY_PERIOD_NAMES[v.period ?? ''];
    case 'participantCount':
      return v.participantCount === null || v.participantCount === undefined ? '' : String(v.participantCount);
    case 'tags':
      return (v.tags ?? []).join('、');
    case 'metrics':
      return (v.metrics ?? []).map(metricText).join('，');
    case 'endDate':
      return v.endDate ?? '';
    default:
      return String(v[field] ?? '');
  }
}

/** The fields `mine` changed from `opened`, one "名称：值" line each ('（空）' for a box emptied). */
export function describeEdits(opened: Input, mine: Input, categoryName: (id: number) => string): string {
  const lines: string[] = [];
  for (const field of ACTIVITY_EDITABLE_FIELDS) {
    const before = valueText(field, opened, categoryName);
    const after = valueText(field, mine, categoryName);
    if (before !== after) lines.push(`${ACTIVITY_FIELD_LABELS[field] ?? field}：${after || '（空）'}`);
  }
  return lines.join('\n');
}
