import type Database from 'better-sqlite3';
import type { z } from 'zod';

/**
 * Reads a setting through its schema. A missing row, or a stored value the schema no longer accepts
 * (written by an older build, edited by hand), gives the default: a setting must never keep the app
 * from working.
 */
export function readSetting<T>(db: Database.Database, key: string, schema: z.ZodType<T>, fallback: T): T {
  const row = db.prepare('SELECT value FROM app_settings WHERE key = ?').get(key) as { value: string } | undefined;
  if (!row) return fallback;
  let raw: unknown;
  try {
    raw = JSON.parse(row.value);
  } catch {
    return fallback;
  }
  const parsed = schema.safeParse(raw);
  return parsed.success ? parsed.data : fallback;
}

/** Stores a setting's value (already validated at the boundary). */
export function writeSetting(db: Database.Database, key: string, value: unknown, now: string): void {
  db.prepare(
    `INSERT INTO app_settings (key, value, updated_at) VALUES (?, ?, ?)
     ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  ).run(key, JSON.stringify(value), now);
}
