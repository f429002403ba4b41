import type { DocxSettings } from '../../../shared/report/docx-settings';
import type { ReportDocument } from '../../../shared/report/report-document';
import { buildReportDocx } from './build-report-docx';
import { writeNewFile } from '../../files/write-new-file';

export { buildReportDocx };

/**
 * Writes the report to `outPath` as a .docx in 公文格式. Refuses (AppError 'conflict') when the file
 * exists; on any failure nothing is left behind.
 */
export async function writeReportDocx(doc: ReportDocument, settings: DocxSettings, outPath: string): Promise<void> {
  const data = await buildReportDocx(doc, settings);
  await writeNewFile(outPath, data);
}
