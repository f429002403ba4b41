import fs from 'node:fs';
import path from 'node:path';
import { writeNewFile } from '../../files/write-new-file';
import { exportPath } from '../../spreadsheet/export-files';
import type { CliCommand } from '../cli-types';
import { parseFlags, parseYearFlag } from '../parse-flags';
import { withDataFolder } from '../with-data-folder';

export const exportCommand: CliCommand = {
  name: 'export',
  summary: '把某一年的台账导出为 .xlsx（格式与导入相同，可再导入）',
  usage: 'fazhi export --year 年度 --out 文件.xlsx [--data 数据文件夹]',
  async run(args, io) {
    const { values } = parseFlags(args, { data: { type: 'string' }, year: { type: 'string' }, out: { type: 'string' } });
    const year = parseYearFlag(values.year);
    if (!values.out || path.extname(values.out).toLowerCase() !== '.xlsx') {
      io.err('请用 --out 给出要写入的 .xlsx 文件，例如 --out 台账2024.xlsx');
      return 2;
    }
    const out = path.resolve(values.out);
    return withDataFolder(values.data, { readOnlyWhenBusy: true }, async (app) => {
      const made = await app.registry.call('ledger.export', { year });
      const file = exportPath(app.ctx.dataDir, made.exportId)!;
      try {
        await writeNewFile(out, fs.readFileSync(file));
      } finally {
        fs.rmSync(file, { force: true });
      }
      io.out(`已导出 ${made.rows} 条到 ${out}`);
      return 0;
    });
  },
};
