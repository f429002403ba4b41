import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { uuid } from '../../shared/validation/fields';
import { readSetting, writeSetting } from './settings-store';

// This data folder's own identity as a sender of data packages (单位标识): a UUID made the first time
// a package is written and stated in every manifest after it. It lives in app_settings, which a
// replace from a package keeps, so a folder started from another unit's package (a ready-made ledger
// handed out) gets an identity of its own instead of passing for that unit. Made lazily, so a
// store that never exported holds no row and a preview or a refused merge writes nothing.
const KEY = 'unit.originId';

/** Our origin id, or null while this folder has never written a package. */
export function readOwnOriginId(db: Database.Database): string | null {
  return readSetting<string | null>(db, KEY, uuid.nullable(), null);
}

/** Our origin id, made and stored the first time it is needed. */
export function ensureOwnOriginId(db: Database.Database, now: string): string {
  const existing = readOwnOriginId(db);
  if (existing) return existing;
  const made = randomUUID();
  writeSetting(db, KEY, made, now);
  return made;
}
