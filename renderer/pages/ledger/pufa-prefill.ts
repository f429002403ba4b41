import dayjs from 'dayjs';
import type { Category } from '../../../shared/domain/category';
import type { ResolvedEntryTemplate } from '../../../shared/domain/entry-templates';
import type { PufaOccurrence } from '../../../shared/domain/pufa-days';
import { blankActivity, templateToFormValues } from './activity-form-values';
import type { DrawerRequest } from './drawer-request';

const PUFA_TEMPLATE = 'pufa-activity';
const PUFA_CATEGORY = 'pufa';

/** “12·4”国家宪法日, or 民法典宣传月 for a month-long observance. */
export function pufaTheme(d: PufaOccurrence): string {
  return d.day === null ? d.name : `“${d.label}”${d.name}`;
}

/**
 * A new entry for a 普法 day: the 普法宣传活动 template with the theme filled in, dated on the day
 * (today, for a month already under way), tagged with the day's own tags.
 */
export function pufaRequest(d: PufaOccurrence, templates: ResolvedEntryTemplate[], categories: Category[], department: string): DrawerRequest {
  const date = d.daysUntil === 0 && d.day === null ? dayjs() : dayjs(d.date);
  const t = templates.find((x) => x.key === PUFA_TEMPLATE);
  if (!t) {
    const categoryId = categories.find((c) => c.key === PUFA_CATEGORY)?.id;
    return { editing: null, prefill: { ...blankActivity(department), date, title: `${pufaTheme(d)}普法宣传活动`, categoryId, tags: [...d.tags] } };
  }
  const filled = { 主题: pufaTheme(d) };
  const base = templateToFormValues(t, department, filled);
  return {
    editing: null,
    prefill: { ...base, date, tags: [...new Set([...(base.tags ?? []), ...d.tags])] },
    template: { name: t.name, titlePattern: t.titlePattern, summaryPattern: t.summaryPattern, filled },
  };
}
