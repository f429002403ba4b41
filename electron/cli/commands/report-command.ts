import fs from 'node:fs';
import path from 'node:path';
import { writeReportDocx } from '../../report/docx/write-report-docx';
import type { CliCommand } from '../cli-types';
import { parseFlags, parseYearFlag } from '../parse-flags';
import { withDataFolder } from '../with-data-folder';

export const reportCommand: CliCommand = {
  name: 'report',
  summary: '生成某一年度的法治政府建设情况报告（.docx，公文格式）',
  usage: 'fazhi report --year 年度 --out 报告.docx [--template 模板] [--data 数据文件夹]',
  async run(args, io) {
    const { values } = parseFlags(args, { data: { type: 'string' }, year: { type: 'string' }, template: { type: 'string' }, out: { type: 'string' } });
    const year = parseYearFlag(values.year);
    if (!values.out || path.extname(values.out).toLowerCase() !== '.docx') {
      io.err('请用 --out 给出要写入的 .docx 文件，例如 --out 2024年法治政府建设情况报告.docx');
      return 2;
    }
    const out = path.resolve(values.out);
    if (fs.existsSync(out)) {
      io.err(`文件“${out}”已经存在，没有覆盖它。请换一个文件名，或先把原文件移走。`);
      return 1;
    }
    return withDataFolder(values.data, {}, async (app) => {
      const templates = await app.registry.call('report.templates.list', {});
      const draft = await app.registry.call('report.draft.get', { year });
      const wanted = values.template ?? (draft ? undefined : 'five-part');
      const template = wanted === undefined ? templates.find((t) => t.id === draft?.templateId) : templates.find((t) => t.key === wanted) ?? templates.find((t) => t.name === wanted);
      if (!template) {
        io.err(`没有名为“${wanted ?? ''}”的报告模板。可用的模板：${templates.map((t) => (t.builtin ? `${t.key}（${t.name}）` : t.name)).join('、')}`);
        return 2;
      }
      const view = await app.registry.call('report.assemble', { year, templateId: template.id });
      for (const w of view.warnings) io.out(`提示：${w.message}`);
      // The same 公文格式 as a download from the app (设置 → 公文格式).
      const { settings } = await app.registry.call('report.docxSettings.get', {});
      await writeReportDocx(view.document, settings, out);
      io.out(`已生成${year}年度报告（模板：${template.name}，约${view.stats.hanzi}字）：${out}`);
      return 0;
    });
  },
};
