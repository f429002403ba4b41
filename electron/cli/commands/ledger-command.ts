import fs from 'node:fs/promises';
import path from 'node:path';
import { writeNewFileWith } from '../../files/write-new-file';
import { exportPath } from '../../spreadsheet/export-files';
import type { CliCommand } from '../cli-types';
import { parseFlags, parseYearFlag } from '../parse-flags';
import { withDataFolder } from '../with-data-folder';

// fazhi ledger: the 台账 for inspection. The --out file's extension chooses what is written:
// .xlsx the tables by ledger type, .docx the same tables for printing, .zip the evidence package.

export const ledgerCommand: CliCommand = {
  name: 'ledger',
  summary: '导出迎检台账：.xlsx 为按类型分表的台账（学法、述法、普法活动……），.docx 为可打印的台账表格，.zip 为佐证材料包',
  usage: 'fazhi ledger --year 年度 --out 文件.xlsx|.docx|.zip [--data 数据文件夹]',
  async run(args, io) {
    const { values } = parseFlags(args, { data: { type: 'string' }, year: { type: 'string' }, out: { type: 'string' } });
    const year = parseYearFlag(values.year);
    const ext = values.out ? path.extname(values.out).toLowerCase() : '';
    if (!values.out || !['.xlsx', '.docx', '.zip'].includes(ext)) {
      io.err('请用 --out 给出要写入的文件：.xlsx 为分类台账表格，.docx 为可打印的台账表格，.zip 为佐证材料包，例如 --out 台账2024.xlsx');
      return 2;
    }
    const out = path.resolve(values.out);
    try {
      await fs.access(out);
      io.err(`文件“${path.basename(out)}”已经存在，没有覆盖它。请换一个文件名，或先把原文件移走。`);
      return 1;
    } catch {
      // Not there: good.
    }
    return withDataFolder(values.data, {}, async (app) => {
      if (ext === '.xlsx' || ext === '.docx') {
        const made = await app.registry.call('ledger.tables.export', { year, format: ext === '.docx' ? 'docx' : 'xlsx' });
        await moveExport(app.ctx.dataDir, made.exportId, out);
        io.out(`已导出 ${year} 年台账 ${made.rows} 条到 ${out}`);
        io.out(made.tables.map((t) => `${t.name} ${t.rows} 条`).join('；'));
      } else {
        const made = await app.registry.call('ledger.evidence.export', { year });
        await moveExport(app.ctx.dataDir, made.exportId, out);
        io.out(`已打包 ${made.entries} 个事项的佐证材料 ${made.files} 个文件到 ${out}`);
        if (made.missing > 0) io.err(`注意：有 ${made.missing} 个文件在数据文件夹中找不到，已在清单中标为缺失。`);
      }
      return 0;
    });
  },
};

/** Copies the export to `out` (never replacing a file there), then removes the export. */
async function moveExport(dataDir: string, exportId: string, out: string): Promise<void> {
  const file = exportPath(dataDir, exportId)!;
  try {
    await writeNewFileWith(out, (tmp) => fs.copyFile(file, tmp, fs.constants.COPYFILE_EXCL));
  } finally {
    await fs.rm(file, { force: true });
  }
}
