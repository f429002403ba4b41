import type Database from 'better-sqlite3';
import { z } from 'zod';
import type { ColumnTarget } from '../../shared/import/column-target';
import { columnTargetSchema } from '../../shared/import/column-target';
import { readSetting, writeSetting } from './settings-store';

// The import dialog's column mapping, remembered per layout (the sheet's header signature), so the
// next sheet with the same headers imports without setting the columns again. Kept in app_settings
// as one list, most recently saved last; a damaged layout is dropped on its own, not with the rest.

const KEY = 'import.mappings';
export const REMEMBERED_LAYOUTS = 50;

const savedColumn = z.object({ header: z.string().max(300), target: columnTargetSchema }).strict();

const layoutSchema = z
  .object({
    signature: z.string().min(1),
    columns: z.array(savedColumn).max(200),
    categoryId: z.number().int().positive().nullable(),
    savedAt: z.string(),
  })
  .strict();

type SavedLayout = z.infer<typeof layoutSchema>;

export interface RememberedMapping {
  columns: { header: string; target: ColumnTarget }[];
  /** The category chosen for rows without one; null: guessed from each row's title. */
  categoryId: number | null;
}

function readLayouts(db: Database.Database): SavedLayout[] {
  const stored = readSetting(db, KEY, z.array(z.unknown()), []);
  return stored.flatMap((entry) => {
    const parsed = layoutSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Saves the mapping for this layout, replacing an older one; only the latest 50 layouts are kept. */
export function rememberMapping(
  db: Database.Database,
  signature: string,
  columns: readonly { header: string; target: ColumnTarget }[],
  categoryId: number | null,
  now: string,
): void {
  if (!signature) return;
  const entry: SavedLayout = { signature, columns: columns.map((c) => ({ header: c.header, target: c.target })), categoryId, savedAt: now };
  // Read and write as one, so a CLI import saving at the same moment cannot drop this layout.
  db.transaction(() => {
    const kept = readLayouts(db).filter((l) => l.signature !== signature);
    kept.push(entry);
    writeSetting(db, KEY, kept.slice(-REMEMBERED_LAYOUTS), now);
  }).immediate();
}

/** The mapping last saved for this layout; null when there is none (or it no longer reads). */
export function rememberedMapping(db: Database.Database, signature: string): RememberedMapping | null {
  const found = readLayouts(db).find((l) => l.signature === signature);
  return found ? { columns: found.columns, categoryId: found.categoryId } : null;
}
