import { statsSheets } from '../../shared/stats/stats-sheets';
import { writeNewFile } from '../files/write-new-file';
import { newExportPath } from '../spreadsheet/export-files';
import { statsYear } from '../stats/stats-year';
import { statsXlsx } from '../stats/write-stats-xlsx';
import { getUnit } from '../store/unit-store';
import type { HandlerGroup } from './handler-types';

// The 统计 page's figures; the work is in electron/stats/ and electron/store/stats-store.ts.

export const statsHandlers: HandlerGroup<'stats.year' | 'stats.export'> = {
  'stats.year': (ctx, { year }) => statsYear(ctx.db, year),

  'stats.export': async (ctx, { year }) => {
    const unitName = getUnit(ctx.db).name;
    const buffer = await statsXlsx(statsSheets(statsYear(ctx.db, year), unitName));
    const { exportId, file } = newExportPath(ctx.dataDir);
    await writeNewFile(file, buffer);
    return { exportId, fileName: `${unitName}${year}年法治工作统计.xlsx` };
  },
};
