import fs from 'node:fs';
import path from 'node:path';
import type { ImportPreview, LedgerImportInput } from '../../../shared/domain/ledger-io';
import { AppError } from '../../../shared/errors';
import { targetLabel } from '../../../shared/import/column-target';
import { applyMapFlag } from '../../../shared/import/mapping-file';
import { IMPORT_INPUT_LIMITS } from '../../../shared/domain/ledger-io';
import { stageFile } from '../../attachments/stage-upload';
import { discardStaged } from '../../attachments/staging-cleanup';
import type { OpenApp } from '../../open-app';
import type { CliCommand, CliIo } from '../cli-types';
import { parseFlags, parseYearFlag } from '../parse-flags';
import { withDataFolder } from '../with-data-folder';

// The import dialog's choices as flags: the same registry calls, so a sheet imports the same way from
// either. Without flags the file maps itself (remembered layout or column names), as in the dialog.

const USAGE =
  'fazhi import 文件 [--data 数据文件夹] [--sheet 工作表] [--header-row 行号] [--map "时间=日期,活动名称=事项标题"] [--mapping 对应关系.json] [--category 类别] [--year 年份] [--dry-run] [--skip-invalid]';

const SHOWN_ROWS = 20;

function readMappingFile(file: string): string {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new AppError('not_found', `找不到对应关系文件：${file}`);
  }
  if (!stat.isFile() || stat.size > IMPORT_INPUT_LIMITS.mappingFileChars * 4) throw new AppError('invalid_input', `“${file}”不是本程序保存的对应关系文件。`);
  return fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
}

function headerRowFlag(value: string): number {
  const row = Number(value);
  if (!/^\d+$/.test(value) || row < 1) throw new AppError('invalid_input', `--header-row 应为表头所在的行号（从1开始），例如 --header-row 2；“${value}”不是行号。`);
  return row;
}

async function categoryIdOf(app: OpenApp, name: string): Promise<number> {
  const categories = await app.registry.call('categories.list', {});
  const found = categories.find((c) => c.name === name) ?? categories.find((c) => c.aliases.includes(name));
  if (!found) throw new AppError('invalid_input', `没有名为“${name}”的类别。可用的类别有：${categories.filter((c) => !c.hidden).map((c) => c.name).join('、')}。`);
  return found.id;
}

function describe(preview: ImportPreview, io: CliIo): void {
  const { table } = preview;
  if (preview.sheets.length > 1) io.out(`工作表：${preview.sheets.map((s) => `${s.name === preview.sheetName ? '▶' : ''}${s.name}（${s.rows}行${s.hasTable ? '' : '，未找到表头'}）`).join('、')}`);
  if (table.headerRow > 0) {
    const titles = table.titleRows.length ? `；跳过标题行：${table.titleRows.join(' / ')}` : '';
    const footers = table.footerRows.length ? `；表格下方 ${table.footerRows.length} 行说明不导入` : '';
    io.out(`表头在第${table.headerRow}行${table.headerRows > 1 ? '（两行表头）' : ''}${titles}${footers}`);
  }
  for (const c of preview.columns) if (c.header) io.out(`  ${c.header} → ${targetLabel(c.target)}`);
  if (preview.year.value !== null) io.out(`没有写年份的日期按 ${preview.year.value} 年。`);
}

export const importCommand: CliCommand = {
  name: 'import',
  summary: '从 .xlsx 或 .csv 导入台账：自动找表头、对应各列，有错误的行逐行列出',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseFlags(
      args,
      {
        data: { type: 'string' },
        sheet: { type: 'string' },
        'header-row': { type: 'string' },
        map: { type: 'string' },
        mapping: { type: 'string' },
        category: { type: 'string' },
        year: { type: 'string' },
        'dry-run': { type: 'boolean' },
        'skip-invalid': { type: 'boolean' },
      },
      true,
    );
    const [file, ...extra] = positionals;
    if (!file || extra.length) {
      io.err(`请给出一个要导入的文件，例如：fazhi import 台账.xlsx --data 数据文件夹\n用法：${USAGE}`);
      return 2;
    }
    const year = values.year === undefined ? undefined : parseYearFlag(values.year);
    const mappingFile = values.mapping === undefined ? undefined : readMappingFile(values.mapping);
    return withDataFolder(values.data, {}, async (app) => {
      const fileName = path.basename(file);
      const staged = await stageFile(app.ctx.dataDir, path.resolve(file));
      try {
        const input: LedgerImportInput = { stagedId: staged.stagedId, fileName };
        if (values.sheet !== undefined) input.sheet = values.sheet;
        if (values['header-row'] !== undefined) input.headerRow = headerRowFlag(values['header-row']);
        if (mappingFile !== undefined) input.mappingFile = mappingFile;
        if (values.category !== undefined) input.categoryId = await categoryIdOf(app, values.category);
        if (year !== undefined) input.year = year;
        let preview = await app.registry.call('ledger.import.preview', input);
        if (values.map !== undefined && preview.columns.length > 0) {
          const mapped = applyMapFlag(values.map, preview.columns.map((c) => c.header), preview.columns);
          if (!mapped.ok) throw new AppError('invalid_input', mapped.message);
          preview = await app.registry.call('ledger.import.preview', {
            ...input,
            mappingFile: undefined,
            columns: mapped.columns,
            categoryId: input.categoryId ?? preview.sheetCategoryId,
          });
          input.columns = mapped.columns;
          input.categoryId = preview.sheetCategoryId;
          delete input.mappingFile;
        }
        describe(preview, io);
        if (preview.mappingProblem) {
          io.err(preview.mappingProblem);
          io.err('没有导入任何内容。可以用 --header-row 指出表头所在的行、--map "列名=字段" 指定各列，或用 --sheet 选择其他工作表。');
          return 1;
        }
        io.out(
          `“${fileName}”工作表“${preview.sheetName}”共 ${preview.totalRows} 行：可导入 ${preview.readyCount} 行，重复 ${preview.duplicates.length} 行，有错误 ${preview.errors.length} 行${preview.needsCategory ? `，无法判断类别 ${preview.needsCategory} 行` : ''}。`,
        );
        for (const e of preview.errors) io.err(`第${e.row}行：${e.message}`);
        for (const d of preview.duplicates) io.out(`第${d.row}行：${d.message}`);
        const unplaced = preview.rows.filter((r) => r.categoryId === null);
        for (const r of unplaced.slice(0, SHOWN_ROWS)) io.err(`第${r.row}行：无法判断类别（${r.title}）`);
        if (unplaced.length > SHOWN_ROWS) io.err(`……另有 ${unplaced.length - SHOWN_ROWS} 行无法判断类别`);
        if (preview.year.needed) io.err('有的日期没有写年份：请用 --year 给出年份，例如 --year 2024。');
        if ((preview.errors.length || unplaced.length) && !values['skip-invalid']) {
          const hint = unplaced.length ? '用 --category 为整张表指定类别，' : '';
          io.err(`没有导入任何内容。请改正上面的行后重新导入，${hint}或加 --skip-invalid 只导入无误的行。`);
          return 1;
        }
        if (values['dry-run']) {
          io.out(`试运行（--dry-run）：没有写入任何内容。去掉 --dry-run 即导入这 ${preview.readyCount} 行。`);
          return 0;
        }
        const result = await app.registry.call('ledger.import.commit', input);
        io.out(`已导入 ${result.added} 条${result.added ? '（作为一次导入，可在“台账 → 导入记录”中整批撤销）' : ''}。`);
        return 0;
      } finally {
        discardStaged(app.ctx.dataDir, staged.stagedId);
      }
    });
  },
};
