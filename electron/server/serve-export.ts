import fs from 'node:fs';
import type { AppInfo } from '../../shared/domain/app-info';
import { AppError } from '../../shared/errors';
import { contentDisposition } from '../attachments/content-disposition';
import { exportPath } from '../spreadsheet/export-files';
import { SECURITY_HEADERS } from './content-security';
import type { FileReply, FileRouteRegistry } from './file-reply';
import { statusOf } from './error-status';
import { callOrThrow, refusal } from './file-reply';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  zip: 'application/zip',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  json: 'application/json; charset=utf-8',
};

/** GET /exports/<exportId>?name=…: the download of a file `ledger.export` wrote. */
export async function serveExport(registry: FileRouteRegistry, exportId: string, name: string | null, headOnly: boolean): Promise<FileReply> {
  let dataDir: string;
  try {
    dataDir = (await callOrThrow<AppInfo>(registry, 'app.info', {})).dataDir;
  } catch (err) {
    const error = err instanceof AppError ? err : new AppError('internal', '程序内部出错。');
    return refusal(statusOf(error.code), error.toData());
  }
  const file = exportPath(dataDir, exportId);
  if (!file) return refusal(404, { code: 'not_found', message: '导出的文件不存在或已过期（导出文件保留一天），请重新导出。' });
  const ext = exportId.slice(exportId.lastIndexOf('.') + 1);
  const shown = (name || `法治台账导出.${ext}`).replace(/[\\/]/g, '_');
  return {
    status: 200,
    headers: {
      ...SECURITY_HEADERS,
      'Content-Type': CONTENT_TYPES[ext] ?? 'application/octet-stream',
      'Content-Length': String(fs.statSync(file).size),
      'Content-Disposition': contentDisposition('attachment', shown.toLowerCase().endsWith(`.${ext}`) ? shown : `${shown}.${ext}`),
      'Cache-Control': 'no-store',
    },
    body: headOnly ? null : { file },
  };
}
