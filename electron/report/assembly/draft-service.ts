import type Database from 'better-sqlite3';
import type { EnumerationStyle, ReportChoices, ReportView } from '../../../shared/domain/report-draft';
import { AppError } from '../../../shared/errors';
import { TITLE_KEY } from '../../../shared/report/assembly/draft-blocks';
import { cleanEditText } from '../../../shared/report/edits/apply-edits';
import { stripTypedNumber } from '../../../shared/report/text/numbering';
import { getActivity } from '../../store/activity-store';
import { saveChoices, saveEdits } from '../../store/report-draft-store';
import { assembleYear, draftView, mustGetDraft } from './assemble-year';

// The user's work on a year's draft. Edits and reverts change only the edits (no re-reading of the
// log); a style, keep/omit or exclusion choice changes what is generated, so it re-assembles.

export function editBlock(db: Database.Database, input: { year: number; key: string; text?: string | undefined; remove?: boolean | undefined }, now: string): ReportView {
  const draft = mustGetDraft(db, input.year);
  const { key } = input;
  const block = draft.assembled.blocks.find((b) => b.key === key);
  if (key !== TITLE_KEY && !block) throw new AppError('not_found', `报告中已没有这一段（${key}），可能是重新生成后发生了变化，请刷新预览。`);
  const base = block ? block.text : draft.assembled.title;
  const edits = { ...draft.edits };
  let fixed = false;
  if (input.remove) {
    if (!block || block.kind !== 'paragraph') throw new AppError('invalid_input', '标题不能删除；要去掉整个小节，请选择“省略空小节”或在台账中把条目排除出报告。', { remove: '删除：只能删除正文段落' });
    edits[key] = { text: '', baseText: base, removed: true };
  } else {
    const raw = input.text ?? '';
    if (/[\r\n]/.test(raw.trim())) throw new AppError('invalid_input', '一个段落中不能换行；要分成两段，请分别编辑。', { text: '文字：不能换行' });
    const numbered = key !== TITLE_KEY && (block?.kind !== 'paragraph' || block.item !== undefined);
    const cleaned = cleanEditText(numbered ? stripTypedNumber(raw) : raw);
    fixed = cleaned.fixed;
    if (!cleaned.text) throw new AppError('invalid_input', '文字不能为空（要去掉这一段，请用“删除此段”）。', { text: '文字：不能为空' });
    if (cleaned.text === base) delete edits[key];
    else edits[key] = { text: cleaned.text, baseText: base };
  }
  saveEdits(db, input.year, edits, now);
  const view = draftView(db, input.year);
  if (fixed) view.warnings.push({ code: 'punctuation-fixed', key, message: '编辑文字中的半角标点或多余空格已改为规范写法' });
  return view;
}

export function revertBlock(db: Database.Database, year: number, key: string, now: string): ReportView {
  const draft = mustGetDraft(db, year);
  if (draft.edits[key]) {
    const edits = { ...draft.edits };
    delete edits[key];
    saveEdits(db, year, edits, now);
  }
  return draftView(db, year);
}

function rechoose(db: Database.Database, year: number, change: (c: ReportChoices, known: Set<string>) => ReportChoices, now: string): ReportView {
  const draft = mustGetDraft(db, year);
  const known = new Set(draft.assembled.subsections.map((s) => s.key));
  saveChoices(db, year, change(draft.choices, known), now);
  return assembleYear(db, year, draft.templateId, now);
}

function mustKnow(known: Set<string>, key: string): void {
  if (!known.has(key)) throw new AppError('invalid_input', `报告中没有这个小节（${key}），请刷新预览后再选择。`, { key: '段落：不是报告中的小节' });
}

export function setStyle(db: Database.Database, year: number, key: string, style: EnumerationStyle, now: string): ReportView {
  return rechoose(
    db,
    year,
    (c, known) => {
      mustKnow(known, key);
      return { ...c, styles: { ...c.styles, [key]: style } };
    },
    now,
  );
}

export function setKeepEmpty(db: Database.Database, year: number, key: string, keep: boolean, now: string): ReportView {
  return rechoose(
    db,
    year,
    (c, known) => {
      mustKnow(known, key);
      const keepEmpty = { ...c.keepEmpty };
      if (keep) keepEmpty[key] = true;
      else delete keepEmpty[key];
      return { ...c, keepEmpty };
    },
    now,
  );
}

export function excludeEntry(db: Database.Database, year: number, activityId: string, excluded: boolean, now: string): ReportView {
  const entry = getActivity(db, activityId);
  if (excluded && !entry) throw new AppError('not_found', `找不到这条台账（编号 ${activityId}）。`);
  if (excluded && entry && !entry.date.startsWith(`${year}-`)) throw new AppError('invalid_input', `“${entry.title}”是${entry.date.slice(0, 4)}年的台账，不在${year}年度报告中。`, { activityId: '台账条目：不在该年度' });
  return rechoose(
    db,
    year,
    (c) => ({ ...c, excluded: excluded ? [...new Set([...c.excluded, activityId])] : c.excluded.filter((id) => id !== activityId) }),
    now,
  );
}
