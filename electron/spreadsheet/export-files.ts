import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

// Exports made for the browser to download live in <dataDir>/exports until they are a day old.

export const EXPORT_MAX_AGE_MS = 24 * 60 * 60 * 1000;
const EXPORT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.(xlsx|zip|docx|json)$/;

export function exportsDir(dataDir: string): string {
  return path.join(dataDir, 'exports');
}

export type ExportExtension = 'xlsx' | 'zip' | 'docx' | 'json';

export function newExportPath(dataDir: string, extension: ExportExtension = 'xlsx'): { exportId: string; file: string } {
  fs.mkdirSync(exportsDir(dataDir), { recursive: true });
  const exportId = `${randomUUID()}.${extension}`;
  return { exportId, file: path.join(exportsDir(dataDir), exportId) };
}

/** Null for anything that is not an id this module made (so no path can be smuggled in). */
export function exportPath(dataDir: string, exportId: string): string | null {
  if (!EXPORT_ID.test(exportId)) return null;
  const file = path.join(exportsDir(dataDir), exportId);
  return fs.existsSync(file) ? file : null;
}

export function cleanOldExports(dataDir: string, nowMs = Date.now()): void {
  const dir = exportsDir(dataDir);
  if (!fs.existsSync(dir)) return;
  for (const name of fs.readdirSync(dir)) {
    const file = path.join(dir, name);
    if (nowMs - fs.statSync(file).mtimeMs > EXPORT_MAX_AGE_MS) fs.rmSync(file, { force: true });
  }
}
