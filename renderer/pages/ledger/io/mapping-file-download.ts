import type { Category } from '../../../../shared/domain/category';
import type { ImportPreview } from '../../../../shared/domain/ledger-io';
import { mappingFileText } from '../../../../shared/import/mapping-file';
import { startDownload } from '../../../api/file-urls';

// The 对应关系文件 is made on the page from the mapping as shown, so what is saved is exactly what
// the user sees, including changes not yet imported.

/** Characters Windows refuses in a file name (Excel already keeps most of them out of sheet names). */
const UNSAFE = /[\\/:*?"<>|]/g;

export function mappingFileName(sheetName: string): string {
  const sheet = sheetName.replace(UNSAFE, '_').trim();
  return `表格对应关系${sheet ? `-${sheet}` : ''}.json`;
}

export function downloadMappingFile(preview: ImportPreview, categories: readonly Category[]): void {
  const categoryName = categories.find((c) => c.id === preview.sheetCategoryId)?.name ?? null;
  const text = mappingFileText(
    preview.columns.map((c) => c.header),
    preview.columns.map((c) => ({ header: c.header, target: c.target })),
    categoryName,
  );
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json;charset=utf-8' }));
  startDownload(url, mappingFileName(preview.sheetName));
  // The download has its own copy once started; a moment later the page's can go.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
