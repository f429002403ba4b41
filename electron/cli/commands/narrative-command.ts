import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { NARRATIVE_FIELD_LABELS, narrativeFields } from '../../../shared/domain/report-narrative';
import { AppError } from '../../../shared/errors';
import { parseInput } from '../../../shared/validation/format-issues';
import type { CliCommand } from '../cli-types';
import { parseFlags, parseYearFlag } from '../parse-flags';
import { withDataFolder } from '../with-data-folder';

// The year's written parts from a JSON file, e.g.
//   { "problems": ["……。", "……。"], "plans": ["……"], "other": "无。", "date": "2025-01-20" }
// Keys left out keep what was saved before; an unknown key or a wrong type is refused by name.

const FILE_KEYS = ['preface', 'superior', 'dutiesParagraph', 'problems', 'plans', 'other', 'signature', 'date'] as const;

const narrativeFile = z
  .object({
    preface: narrativeFields.preface.optional(),
    superior: narrativeFields.superior.optional(),
    dutiesParagraph: narrativeFields.dutiesParagraph.optional(),
    problems: narrativeFields.problems.optional(),
    plans: narrativeFields.plans.optional(),
    other: narrativeFields.other.optional(),
    signature: narrativeFields.signature.optional(),
    date: narrativeFields.date.optional(),
  })
  .strict();

function readNarrativeFile(file: string): z.output<typeof narrativeFile> {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch {
    throw new AppError('invalid_input', `读不到文件“${file}”，请检查路径。`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new AppError('invalid_input', `“${path.basename(file)}”不是有效的JSON：${(err as Error).message}`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new AppError('invalid_input', `“${path.basename(file)}”的内容应是一个对象，可用的字段：${FILE_KEYS.join('、')}`);
  }
  const unknown = Object.keys(raw).filter((k) => !(FILE_KEYS as readonly string[]).includes(k));
  if (unknown.length) throw new AppError('invalid_input', `“${path.basename(file)}”中有不认识的字段：${unknown.join('、')}（可用的字段：${FILE_KEYS.join('、')}）`);
  try {
    return parseInput(narrativeFile, raw, NARRATIVE_FIELD_LABELS);
  } catch (err) {
    throw new AppError('invalid_input', `“${path.basename(file)}”内容有误：${(err as Error).message}`);
  }
}

export const narrativeCommand: CliCommand = {
  name: 'narrative',
  summary: '从 JSON 文件写入某一年度报告的人工部分（存在的问题、下一年度安排等）',
  usage: 'fazhi narrative --year 年度 --file 材料.json [--data 数据文件夹]',
  async run(args, io) {
    const { values } = parseFlags(args, { data: { type: 'string' }, year: { type: 'string' }, file: { type: 'string' } });
    const year = parseYearFlag(values.year);
    if (!values.file) {
      io.err(`请用 --file 给出 JSON 文件，可用的字段：${FILE_KEYS.join('、')}`);
      return 2;
    }
    const given = readNarrativeFile(path.resolve(values.file));
    return withDataFolder(values.data, {}, async (app) => {
      const current = (await app.registry.call('report.narrative.get', { year })).narrative;
      const saved = await app.registry.call('report.narrative.set', {
        year,
        ...given,
        problems: given.problems ?? current.problems,
        plans: given.plans ?? current.plans,
        other: given.other ?? current.other,
      });
      const n = saved.narrative;
      io.out(`已保存${year}年度材料：存在的问题${n.problems.length}条，工作安排${n.plans.length}条，其他：${n.other}`);
      return 0;
    });
  },
};
