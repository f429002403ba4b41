import type Database from 'better-sqlite3';
import type { UnitProfile, UnitType } from '../../shared/domain/unit';

interface UnitRow {
  name: string;
  type: UnitType;
  leader_name: string;
  leader_title: string;
  departments: string;
  operator_name: string;
  updated_at: string | null;
}

export function getUnit(db: Database.Database): UnitProfile {
  const row = db.prepare('SELECT * FROM unit_profile WHERE id = 1').get() as UnitRow;
  return {
    name: row.name,
    type: row.type,
    leaderName: row.leader_name,
    leaderTitle: row.leader_title,
    departments: JSON.parse(row.departments) as string[],
    operatorName: row.operator_name,
    updatedAt: row.updated_at,
  };
}

export type UnitPatch = Partial<Omit<UnitProfile, 'updatedAt'>>;

const COLUMNS: Record<keyof UnitPatch, string> = {
  name: 'name',
  type: 'type',
  leaderName: 'leader_name',
  leaderTitle: 'leader_title',
  departments: 'departments',
  operatorName: 'operator_name',
};

export function updateUnit(db: Database.Database, patch: UnitPatch, now: string): UnitProfile {
  const sets: string[] = [];
  const values: unknown[] = [];
  for (const [key, column] of Object.entries(COLUMNS) as [keyof UnitPatch, string][]) {
    const value = patch[key];
    if (value === undefined) continue;
    sets.push(`${column} = ?`);
    values.push(Array.isArray(value) ? JSON.stringify(value) : value);
  }
  sets.push('updated_at = ?');
  values.push(now);
  db.prepare(`UPDATE unit_profile SET ${sets.join(', ')} WHERE id = 1`).run(...values);
  return getUnit(db);
}
