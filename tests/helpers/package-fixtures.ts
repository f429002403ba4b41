import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { OpenApp } from '../../electron/open-app';
import { stageUpload } from '../../electron/attachments/stage-upload';
import { stagedPath, stagingDir } from '../../electron/attachments/storage-paths';
import { exportPath } from '../../electron/spreadsheet/export-files';
import { CONFIRM_PHRASES } from '../../shared/contract/confirmation';
import type { ActivityCreateInput } from '../../shared/domain/activity';
import { openTempApp, tempDir } from './temp-app';

// Two data folders talking through data packages: a unit, its entries, its package.

export const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

export async function unitApp(name: string, now?: () => string): Promise<OpenApp> {
  const app = openTempApp(tempDir(), now);
  await app.registry.call('unit.update', { name, type: '政府部门' });
  return app;
}

export async function addEntry(app: OpenApp, fields: Partial<ActivityCreateInput> & { title: string }) {
  return app.registry.call('activities.create', { date: '2024-03-15', categoryId: 1, ...fields });
}

export async function attachPdf(app: OpenApp, activityId: string, bytes: Buffer = PDF, name = '通知.pdf') {
  const staged = await stageUpload(app.ctx.dataDir, (async function* () { yield bytes; })(), name);
  return app.registry.call('attachments.add', { activityId, stagedId: staged.stagedId, kind: '正式文件', fileName: staged.fileName });
}

/** Exports a package and answers the path of the .zip in the exports folder. */
export async function exportPackage(app: OpenApp): Promise<string> {
  const made = await app.registry.call('package.export', {});
  return exportPath(app.ctx.dataDir, made.exportId)!;
}

/** Places bytes where an upload would have put them, as POST upload does after its own checks. */
export function stageBytes(app: OpenApp, bytes: Buffer | Uint8Array): string {
  const id = randomUUID();
  fs.mkdirSync(stagingDir(app.ctx.dataDir), { recursive: true });
  fs.writeFileSync(stagedPath(app.ctx.dataDir, id), bytes);
  return id;
}

export async function mergeInto(app: OpenApp, zipFile: string, mode: 'merge' | 'replace' = 'merge') {
  const stagedId = stageBytes(app, fs.readFileSync(zipFile));
  return app.registry.call('package.import', { stagedId, fileName: path.basename(zipFile), mode, confirm: mode === 'replace' ? CONFIRM_PHRASES['package.import'] : undefined });
}

/**
 * Every row of every table, and the attachment files on disk: equal before and after means nothing
 * changed. The audit log is left out: it records every call, a refused one too, by design.
 */
export function dumpStore(app: OpenApp): unknown {
  const db = app.ctx.db;
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'activity_fts%' AND name <> 'audit_log' ORDER BY name").pluck().all() as string[];
  const rows = Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}"`).all().map((r) => JSON.stringify(r)).sort()]));
  const dir = path.join(app.ctx.dataDir, 'attachments');
  const files = fs.existsSync(dir) ? (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => !f.startsWith('.staging')).sort() : [];
  return { rows, files };
}
