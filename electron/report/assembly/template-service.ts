import type Database from 'better-sqlite3';
import type { ReportTemplate, ReportTemplateBody, ReportTemplateSummary } from '../../../shared/domain/report-template';
import { AppError } from '../../../shared/errors';
import { parseTemplateFile, templateFileText } from '../../../shared/report/template-schema';
import { writeNewFile } from '../../files/write-new-file';
import { newExportPath } from '../../spreadsheet/export-files';
import { deleteTemplate, insertTemplate, listTemplates, syncBuiltinTemplates, templateNameTaken, updateTemplate } from '../../store/report-template-store';
import { mustGetTemplate } from './assemble-year';

// Template operations: built-ins are read-only (copy first), names are unique (the command line
// finds a template by name), and an imported file is checked by the same schema as the editor.

export function templatesList(db: Database.Database, now: string): ReportTemplateSummary[] {
  syncBuiltinTemplates(db, now);
  return listTemplates(db);
}

export function templateGet(db: Database.Database, id: number, now: string): ReportTemplate {
  syncBuiltinTemplates(db, now);
  return mustGetTemplate(db, id);
}

function refuseTakenName(db: Database.Database, name: string, exceptId?: number): void {
  if (templateNameTaken(db, name, exceptId)) throw new AppError('conflict', `已有名为“${name}”的模板，请换一个名称。`, { name: '名称：已被使用' });
}

export function templateCopy(db: Database.Database, id: number, name: string, now: string): ReportTemplate {
  const source = mustGetTemplate(db, id);
  refuseTakenName(db, name);
  return insertTemplate(db, { name, version: 1, body: source.body }, now);
}

export function templateUpdate(db: Database.Database, id: number, patch: { name?: string | undefined; body: ReportTemplateBody }, now: string): ReportTemplate {
  const current = mustGetTemplate(db, id);
  if (current.builtin) throw new AppError('conflict', `“${current.name}”是内置模板，不能直接修改，请先复制一份再修改。`);
  const name = patch.name ?? current.name;
  refuseTakenName(db, name, id);
  return updateTemplate(db, id, { name, body: patch.body }, now);
}

/** A free name for an import: the file's own, or with （导入）, （导入2）… added. */
function importName(db: Database.Database, name: string): string {
  if (!templateNameTaken(db, name)) return name;
  for (let n = 1; ; n += 1) {
    const candidate = `${name.slice(0, 34)}（导入${n === 1 ? '' : n}）`;
    if (!templateNameTaken(db, candidate)) return candidate;
  }
}

export function templateImport(db: Database.Database, json: string, now: string): ReportTemplate {
  const file = parseTemplateFile(json);
  return insertTemplate(db, { name: importName(db, file.name), version: file.version, body: file.body }, now);
}

export function templateExport(db: Database.Database, id: number): string {
  const t = mustGetTemplate(db, id);
  return templateFileText({ name: t.name, version: t.version, body: t.body });
}

/** The export as a file to download (through GET exports/<id>), named after the template. */
export async function templateDownload(db: Database.Database, dataDir: string, id: number): Promise<{ exportId: string; fileName: string }> {
  const t = mustGetTemplate(db, id);
  const { exportId, file } = newExportPath(dataDir, 'json');
  await writeNewFile(file, Buffer.from(templateFileText({ name: t.name, version: t.version, body: t.body }), 'utf8'));
  return { exportId, fileName: `报告模板-${t.name.replace(/[\\/:*?"<>|]/g, '_')}.json` };
}

/**
 * Built-ins cannot go (every data folder must have a template that works). A year's saved report
 * made with a deleted copy keeps its text and edits; only 重新生成 then needs another template.
 */
export function templateDelete(db: Database.Database, id: number): { id: number; name: string } {
  const t = mustGetTemplate(db, id);
  if (t.builtin) throw new AppError('conflict', `“${t.name}”是内置模板，不能删除。`);
  deleteTemplate(db, id);
  return { id, name: t.name };
}
