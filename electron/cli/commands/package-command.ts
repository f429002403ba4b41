import fs from 'node:fs/promises';
import path from 'node:path';
import { stageFile } from '../../attachments/stage-upload';
import { discardStaged } from '../../attachments/staging-cleanup';
import { writeNewFileWith } from '../../files/write-new-file';
import { PACKAGE_MAX_BYTES } from '../../package/package-limits';
import { exportPath } from '../../spreadsheet/export-files';
import type { CliIo } from '../cli-types';
import type { CliCommand } from '../cli-types';
import { CONFIRM_PHRASES } from '../../../shared/contract/confirmation';
import type { ImportMode } from '../../../shared/domain/data-package';
import { parseFlags } from '../parse-flags';
import { withDataFolder } from '../with-data-folder';

// fazhi package export|import: the data package (数据包) for moving to a new computer (import
// --replace replaces this folder's data) and for consolidation (import --merge adds the package's
// 台账 by origin). There is no default mode: a mistyped command once replaced a whole ledger.
// --replace also needs --yes, the CLI's way of typing the page's “替换” (scripts cannot answer a prompt).

const USAGE_EXPORT = 'fazhi package export --out 文件.zip [--data 数据文件夹]';
const USAGE_IMPORT = 'fazhi package import 文件.zip --merge | --replace --yes [--data 数据文件夹]';

const CHOOSE_MODE =
  '请说明导入方式：\n' +
  '  --merge            合并（汇总下级单位或部门的台账）：本机台账保留，新增和更新对方的台账\n' +
  '  --replace --yes    替换（迁移到新电脑）：本机现有的全部数据换成数据包中的数据，替换前自动备份';

/** The mode the flags ask for, or the message saying what is missing. */
function importMode(values: { merge?: boolean; replace?: boolean; yes?: boolean }): { mode: ImportMode } | { problem: string } {
  if (values.merge && values.replace) return { problem: `--merge 和 --replace 只能选一个。\n${CHOOSE_MODE}` };
  if (values.merge) return { mode: 'merge' };
  if (!values.replace) return { problem: CHOOSE_MODE };
  if (!values.yes) return { problem: '--replace 会用数据包中的数据换掉本机现有的全部台账、佐证材料记录、单位信息和年报草稿（替换前会先自动备份）。确认要替换，请再加上 --yes。' };
  return { mode: 'replace' };
}

async function exportPackage(args: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags(args, { data: { type: 'string' }, out: { type: 'string' } });
  if (!values.out || path.extname(values.out).toLowerCase() !== '.zip') {
    io.err(`请用 --out 给出要写入的 .zip 文件，例如：${USAGE_EXPORT}`);
    return 2;
  }
  const out = path.resolve(values.out);
  if (await fs.access(out).then(() => true, () => false)) {
    io.err(`文件“${path.basename(out)}”已经存在，没有覆盖它。请换一个文件名，或先把原文件移走。`);
    return 1;
  }
  return withDataFolder(values.data, {}, async (app) => {
    const made = await app.registry.call('package.export', {});
    const file = exportPath(app.ctx.dataDir, made.exportId)!;
    try {
      await writeNewFileWith(out, (tmp) => fs.copyFile(file, tmp, fs.constants.COPYFILE_EXCL));
    } finally {
      await fs.rm(file, { force: true });
    }
    io.out(`已导出数据包到 ${out}：台账 ${made.entries} 条，佐证材料文件 ${made.files} 个。`);
    if (made.missingFiles > 0) io.err(`注意：有 ${made.missingFiles} 个佐证材料文件在数据文件夹中找不到，没有打包。`);
    return 0;
  });
}

async function importPackage(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(args, { data: { type: 'string' }, merge: { type: 'boolean' }, replace: { type: 'boolean' }, yes: { type: 'boolean' } }, true);
  const [file, ...extra] = positionals;
  if (!file || extra.length) {
    io.err(`请给出一个要导入的数据包，例如：${USAGE_IMPORT}`);
    return 2;
  }
  const chosen = importMode(values);
  if ('problem' in chosen) {
    io.err(chosen.problem);
    return 2;
  }
  const { mode } = chosen;
  return withDataFolder(values.data, {}, async (app) => {
    const fileName = path.basename(file);
    const staged = await stageFile(app.ctx.dataDir, path.resolve(file), { maxBytes: PACKAGE_MAX_BYTES });
    try {
      const confirm = mode === 'replace' ? CONFIRM_PHRASES['package.import'] : undefined;
      const r = await app.registry.call('package.import', { stagedId: staged.stagedId, fileName, mode, confirm });
      if (r.mode === 'replace') {
        io.out(`已用“${r.unitName || fileName}”的数据包替换本机数据：现有台账 ${r.entries} 条，复制佐证材料文件 ${r.filesAdded} 个。`);
        return 0;
      }
      io.out(`已合并“${r.unitName}”的数据包：新增 ${r.added} 条，更新 ${r.updated} 条，未变 ${r.unchanged} 条，冲突 ${r.conflicts} 条。`);
      if (r.skippedTrashed) io.out(`对方回收站中的 ${r.skippedTrashed} 条没有合并。`);
      if (r.newCategories.length) io.out(`新建了类别：${r.newCategories.join('、')}`);
      if (r.conflicts) io.out('冲突的条目两边都改过，没有覆盖本机内容，请在“数据包与汇总”页面逐条选择保留本机或采用导入。');
      return 0;
    } finally {
      discardStaged(app.ctx.dataDir, staged.stagedId);
    }
  });
}

export const packageCommand: CliCommand = {
  name: 'package',
  summary: '数据包：export 导出全部台账和佐证材料；import 导入，须选 --merge 汇总合并，或 --replace --yes 替换本机全部数据（替换前自动备份）',
  usage: `${USAGE_EXPORT} | ${USAGE_IMPORT}`,
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub === 'export') return exportPackage(rest, io);
    if (sub === 'import') return importPackage(rest, io);
    io.err(`请说明要做什么：\n  ${USAGE_EXPORT}\n  ${USAGE_IMPORT}`);
    return 2;
  },
};
