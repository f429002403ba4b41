import type Database from 'better-sqlite3';
import type { MetricDefinition, MetricKind } from '../../shared/domain/metric-definition';

interface DefinitionRow {
  id: number;
  category_id: number;
  name: string;
  unit: string;
  kind: MetricKind;
  counter: number;
  sort_order: number;
  hidden: number;
}

function toDefinition(r: DefinitionRow): MetricDefinition {
  return {
    id: r.id,
    categoryId: r.category_id,
    name: r.name,
    unit: r.unit,
    kind: r.kind,
    counter: r.counter === 1,
    sortOrder: r.sort_order,
    hidden: r.hidden === 1,
  };
}

/** In the order the categories are shown, then each category's own order. Hidden ones included. */
export function listMetricDefinitions(db: Database.Database, categoryId?: number): MetricDefinition[] {
  const where = categoryId === undefined ? '' : 'WHERE d.category_id = ?';
  const rows = db
    .prepare(`SELECT d.* FROM metric_definitions d JOIN categories c ON c.id = d.category_id ${where} ORDER BY c.sort_order, c.id, d.sort_order, d.id`)
    .all(...(categoryId === undefined ? [] : [categoryId])) as DefinitionRow[];
  return rows.map(toDefinition);
}

export function getMetricDefinition(db: Database.Database, id: number): MetricDefinition | undefined {
  const row = db.prepare('SELECT * FROM metric_definitions WHERE id = ?').get(id) as DefinitionRow | undefined;
  return row && toDefinition(row);
}

/** The definition of that name in that category, if any (other than `exceptId`). */
export function findMetricDefinition(db: Database.Database, categoryId: number, name: string, exceptId = 0): MetricDefinition | undefined {
  const row = db.prepare('SELECT * FROM metric_definitions WHERE category_id = ? AND name = ? AND id <> ?').get(categoryId, name, exceptId) as
    | DefinitionRow
    | undefined;
  return row && toDefinition(row);
}

export type MetricDefinitionFields = Omit<MetricDefinition, 'id' | 'sortOrder' | 'hidden'>;

/** Appends the definition after the category's last one. */
export function insertMetricDefinition(db: Database.Database, f: MetricDefinitionFields): number {
  const last = db.prepare('SELECT max(sort_order) FROM metric_definitions WHERE category_id = ?').pluck().get(f.categoryId) as number | null;
  const result = db
    .prepare('INSERT INTO metric_definitions (category_id, name, unit, kind, counter, sort_order) VALUES (?, ?, ?, ?, ?, ?)')
    .run(f.categoryId, f.name, f.unit, f.kind, f.counter ? 1 : 0, (last ?? 0) + 10);
  return Number(result.lastInsertRowid);
}

export type MetricDefinitionPatch = Partial<Omit<MetricDefinition, 'id' | 'categoryId'>>;

const COLUMNS: Record<keyof MetricDefinitionPatch, string> = {
  name: 'name',
  unit: 'unit',
  kind: 'kind',
  counter: 'counter',
  sortOrder: 'sort_order',
  hidden: 'hidden',
};

export function updateMetricDefinition(db: Database.Database, id: number, patch: MetricDefinitionPatch): void {
  const sets: string[] = [];
  const values: unknown[] = [];
  for (const [key, column] of Object.entries(COLUMNS) as [keyof MetricDefinitionPatch, string][]) {
    const value = patch[key];
    if (value === undefined) continue;
    sets.push(`${column} = ?`);
    values.push(typeof value === 'boolean' ? (value ? 1 : 0) : value);
  }
  if (sets.length === 0) return;
  db.prepare(`UPDATE metric_definitions SET ${sets.join(', ')} WHERE id = ?`).run(...values, id);
}
