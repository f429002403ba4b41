import type Database from 'better-sqlite3';
import type { StatsDimensionKey, StatsDrill } from '../../shared/domain/stats';
import { MONTH_UNKNOWN_KEY, MONTH_UNKNOWN_LABEL } from '../../shared/domain/stats';
import { listCategories } from './category-store';
import { getUnit } from './unit-store';

// The dimensions the 统计 page counts entries by. Each is a GROUP BY key on `activities a`, the
// groups to show even when empty, a label for any other key, and the activities.list filter that
// lists one group's entries. A new dimension (e.g. the entry's origin) is one more entry here.

export interface KnownGroup {
  key: string;
  label: string;
  /** Shown even with no entries in either year. */
  always: boolean;
}

export interface DimensionSpec {
  key: StatsDimensionKey;
  label: string;
  /** SQL on `a` giving the group's key; compared as text. */
  groupBy: string;
  /** Groups in this order (those with `always` even when empty); other keys follow, most entries first. */
  known: (db: Database.Database) => KnownGroup[];
  /** The label of a key `known` does not list. */
  labelOf: (key: string) => string;
  drill: (key: string) => StatsDrill;
}

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

export const NO_DEPARTMENT_LABEL = '（未填写承办科室）';
export const OWN_ORIGIN_LABEL = '本单位';

export const DIMENSIONS: readonly DimensionSpec[] = [
  {
    key: 'month',
    label: '月份',
    // An entry dated only to the year is stored as Jan 1; counting it under 1月 would invent a month
    // the 台账 never said. One dated to months (10月至11月) counts in its first, as a span of days does.
    groupBy: `CASE WHEN a.date_precision = 'year' THEN '${MONTH_UNKNOWN_KEY}' ELSE CAST(substr(a.date, 6, 2) AS INTEGER) END`,
    known: () => [...MONTHS.map((m) => ({ key: String(m), label: `${m}月`, always: true })), { key: MONTH_UNKNOWN_KEY, label: MONTH_UNKNOWN_LABEL, always: false }],
    labelOf: (key) => `${key}月`,
    drill: (key) => (key === MONTH_UNKNOWN_KEY ? { datePrecision: 'year' } : { month: Number(key) }),
  },
  {
    key: 'category',
    label: '类别',
    groupBy: 'a.category_id',
    // A hidden category is shown only when it has entries.
    known: (db) => listCategories(db).map((c) => ({ key: String(c.id), label: c.name, always: !c.hidden })),
    labelOf: (key) => `类别${key}`,
    drill: (key) => ({ categoryId: Number(key) }),
  },
  {
    key: 'department',
    label: '承办科室',
    groupBy: 'a.department',
    // The unit's own list of 科室 comes first, so a 科室 with nothing logged is seen at once.
    known: (db) => getUnit(db).departments.map((d) => ({ key: d, label: d, always: true })),
    labelOf: (key) => (key === '' ? NO_DEPARTMENT_LABEL : key),
    drill: (key) => (key === '' ? { withoutDepartment: true } : { department: key }),
  },
  {
    key: 'origin',
    label: '来源',
    // Entries merged from a department's or subordinate unit's data package keep that unit's name.
    groupBy: 'a.origin',
    known: () => [{ key: '', label: OWN_ORIGIN_LABEL, always: true }],
    labelOf: (key) => (key === '' ? OWN_ORIGIN_LABEL : key),
    drill: (key) => ({ origin: key }),
  },
];
