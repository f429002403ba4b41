import { writeNewFile, writeNewFileWith } from '../files/write-new-file';
import { gatherLedgerYear } from '../report/ledger/gather-ledger';
import { writeEvidenceZip } from '../report/ledger/write-evidence-zip';
import { ledgerTablesDocx } from '../report/ledger/write-ledger-tables-docx';
import { ledgerTablesContent, ledgerTablesXlsx } from '../report/ledger/write-ledger-tables-xlsx';
import { newExportPath } from '../spreadsheet/export-files';
import { getCategory } from '../store/category-store';
import { readDocxSettings } from '../store/docx-settings-store';
import { getUnit } from '../store/unit-store';
import { AppError } from '../../shared/errors';
import { resolveFaces } from '../../shared/report/docx-settings';
import type { HandlerGroup } from './handler-types';

// The 台账 for inspection: the tables inspectors expect, one sheet per ledger type, and the evidence
// package. Both read the store only; the files go to <data>/exports/ for the /exports/<id> download.

export const ledgerReportHandlers: HandlerGroup<'ledger.tables.export' | 'ledger.evidence.export'> = {
  'ledger.tables.export': async (ctx, { year, format = 'xlsx' }) => {
    const unit = getUnit(ctx.db);
    const content = ledgerTablesContent(gatherLedgerYear(ctx.db, year), year, unit.name, unit);
    const { exportId, file } = newExportPath(ctx.dataDir, format);
    const title = `${unit.name}${year}年法治工作台账（分类）`;
    await writeNewFile(file, format === 'docx' ? await ledgerTablesDocx(content, title, resolveFaces(readDocxSettings(ctx.db))) : await ledgerTablesXlsx(content));
    const all = content.sheets[content.sheets.length - 1]!;
    return {
      exportId,
      fileName: `${title}.${format}`,
      rows: all.rows.length,
      tables: content.sheets.slice(0, -1).map((s) => ({ name: s.name, rows: s.rows.length })),
    };
  },

  'ledger.evidence.export': async (ctx, { year, categoryId }) => {
    let categoryName = '';
    if (categoryId !== undefined) {
      const category = getCategory(ctx.db, categoryId);
      if (!category) throw new AppError('not_found', '没有找到这个类别，可能已被删除。');
      categoryName = category.name;
    }
    const unit = getUnit(ctx.db);
    const { exportId, file } = newExportPath(ctx.dataDir, 'zip');
    let result: Awaited<ReturnType<typeof writeEvidenceZip>> | undefined;
    await writeNewFileWith(file, async (tmp) => {
      result = await writeEvidenceZip(ctx.db, ctx.dataDir, tmp, year, categoryId);
    });
    const made = result!;
    const scope = categoryName ? `（${categoryName.replace(/[\\/:*?"<>|]/g, '_')}）` : '';
    return { exportId, fileName: `${unit.name}${year}年佐证材料${scope}.zip`, ...made };
  },
};
