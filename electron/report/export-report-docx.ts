import type Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import { writeNewFile } from '../files/write-new-file';
import { newExportPath } from '../spreadsheet/export-files';
import { editedDocument } from '../../shared/report/edits/report-view';
import { readDocxSettings } from '../store/docx-settings-store';
import { getDraft } from '../store/report-draft-store';
import { buildReportDocx } from './docx/write-report-docx';

/**
 * Writes the year's report as it stands in the preview (the user's edits included) for download.
 * It does not re-assemble: what is downloaded is exactly what the user last saw, in the 公文格式
 * chosen in 设置.
 */
export async function exportReportDocx(db: Database.Database, dataDir: string, year: number): Promise<{ exportId: string; fileName: string }> {
  const draft = getDraft(db, year);
  if (!draft?.assembled) throw new AppError('not_found', `${year}年度的报告还没有生成，请先点“生成报告”。`);
  // The document alone: the preview's statistics and warnings are not part of the file.
  const { document } = editedDocument(draft.assembled, draft.edits);
  const { exportId, file } = newExportPath(dataDir, 'docx');
  await writeNewFile(file, await buildReportDocx(document, readDocxSettings(db)));
  return { exportId, fileName: `${document.title.replace(/[\\/:*?"<>|]/g, '_')}.docx` };
}
