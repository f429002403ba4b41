import path from 'node:path';
import { stageFile } from '../../attachments/stage-upload';
import { discardStaged } from '../../attachments/staging-cleanup';
import { resolveDataDir } from '../../data-dir';
import { openApp } from '../../open-app';
import type { CliCommand } from '../cli-types';
import { parseFlags } from '../parse-flags';

export const importCommand: CliCommand = {
  name: 'import',
  summary: '从 .xlsx 或 .csv 导入台账（有错误的行会逐行列出）',
  usage: 'fazhi import 文件 [--data 数据文件夹] [--skip-invalid]',
  async run(args, io) {
    const { values, positionals } = parseFlags(args, { data: { type: 'string' }, 'skip-invalid': { type: 'boolean' } }, true);
    const [file, ...extra] = positionals;
    if (!file || extra.length) {
      io.err('请给出一个要导入的文件，例如：fazhi import 台账.xlsx --data 数据文件夹');
      return 2;
    }
    const app = openApp({ dataDir: resolveDataDir(values.data), shell: 'cli' });
    const fileName = path.basename(file);
    try {
      const staged = await stageFile(app.ctx.dataDir, path.resolve(file));
      try {
        const preview = await app.registry.call('ledger.import.preview', { stagedId: staged.stagedId, fileName });
        io.out(`“${fileName}”共 ${preview.totalRows} 行：可导入 ${preview.readyCount} 行，重复 ${preview.duplicates.length} 行，有错误 ${preview.errors.length} 行。`);
        for (const e of preview.errors) io.err(`第${e.row}行：${e.message}`);
        for (const d of preview.duplicates) io.out(`第${d.row}行：${d.message}`);
        if (preview.ignoredColumns.length) io.out(`没有使用的列：${preview.ignoredColumns.join('、')}`);
        if (preview.errors.length && !values['skip-invalid']) {
          io.err('没有导入任何内容。请改正上面的行后重新导入，或加 --skip-invalid 只导入无误的行。');
          return 1;
        }
        const result = await app.registry.call('ledger.import.commit', { stagedId: staged.stagedId, fileName });
        io.out(`已导入 ${result.added} 条。`);
        return 0;
      } finally {
        discardStaged(app.ctx.dataDir, staged.stagedId);
      }
    } finally {
      app.close();
    }
  },
};
