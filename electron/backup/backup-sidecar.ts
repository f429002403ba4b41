import fs from 'node:fs';
import { z } from 'zod';
import { sidecarPath } from './backup-paths';
import { writeFileDurably } from './sync-files';

// What a backup holds, written beside it as JSON so the list works without opening any database
// (the main one may be the damaged one).

export const sidecarSchema = z.object({
  createdAt: z.string(),
  reason: z.string(),
  schemaVersion: z.number().int(),
  entryCount: z.number().int(),
  size: z.number().int(),
  verified: z.boolean(),
  /** The store's change marker when the backup was taken (see change-marker.ts). */
  marker: z.string().optional(),
});

export type BackupSidecar = z.infer<typeof sidecarSchema>;

export function writeSidecar(backupFile: string, meta: BackupSidecar): void {
  writeFileDurably(sidecarPath(backupFile), `${JSON.stringify(meta, null, 2)}\n`);
}

export function readSidecar(backupFile: string): BackupSidecar | null {
  try {
    const parsed = sidecarSchema.safeParse(JSON.parse(fs.readFileSync(sidecarPath(backupFile), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
