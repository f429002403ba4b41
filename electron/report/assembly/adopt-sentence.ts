import type Database from 'better-sqlite3';
import type { Activity } from '../../../shared/domain/activity';
import { ACTIVITY_FIELD_LABELS, ACTIVITY_LIMITS, activityUpdateInput } from '../../../shared/domain/activity';
import type { ReportView } from '../../../shared/domain/report-draft';
import { AppError } from '../../../shared/errors';
import { entryComposer } from '../../../shared/report/compose/entry-composer';
import { normalizePunctuation, withSentenceEnd } from '../../../shared/report/text/punctuation';
import { parseInput } from '../../../shared/validation/format-issues';
import { getActivity } from '../../store/activity-store';
import { updateActivityFields } from '../../handlers/activity-handlers';
import { assembleYear, mustGetDraft, templateBody } from './assemble-year';
import { unitAndCategories } from './gather-input';

// 采用为内容摘要: an entry without a 内容摘要 reads in the report as a sentence composed from its fields
// (shared/report/compose/); one click makes that sentence its summary, to be reworded in the log.
// The sentence is composed again here with what the year's assembly uses (the draft's template, the
// categories, the unit profile), so the summary is the sentence the preview showed, with its
// punctuation cleaned as the preview cleans it and ending in 。 as a written summary does. It is
// written as the form writes a change (activities.update: validated, with its 改动记录), and the
// report re-assembled, all in one transaction. A summary the user wrote is never overwritten.

function mustGetAdoptable(db: Database.Database, year: number, activityId: string): Activity {
  const entry = getActivity(db, activityId);
  if (!entry) throw new AppError('not_found', `找不到这条台账（编号 ${activityId}），可能已被彻底删除。`, { activityId: '台账条目：不存在' });
  if (entry.deletedAt) throw new AppError('conflict', `“${entry.title}”在回收站中，请先恢复再采用为内容摘要。`, { activityId: '台账条目：在回收站中' });
  if (!entry.date.startsWith(`${year}-`)) {
    throw new AppError('invalid_input', `“${entry.title}”是${entry.date.slice(0, 4)}年的台账，不在${year}年度报告中。`, { activityId: '台账条目：不在该年度' });
  }
  if (entry.summary.trim()) {
    throw new AppError('conflict', `“${entry.title}”已有内容摘要，不能用自动成句覆盖；要修改，请到台账中编辑这条台账。`, { activityId: '台账条目：已有内容摘要' });
  }
  return entry;
}

/** The summary the entry's composed sentence gives, or the reason it cannot be one. */
export function adoptableSentence(db: Database.Database, templateId: number, entry: Activity): string {
  const composer = entryComposer({ ...unitAndCategories(db), template: templateBody(db, templateId) });
  const result = composer(entry);
  if (!result.composed || result.notes.some((n) => n.code === 'compose-fallback')) {
    throw new AppError('conflict', `“${entry.title}”的句子不是按台账字段写成的（标题已是一句话，或太短说不清做了什么），不能采用为内容摘要；请到台账中直接填写内容摘要。`);
  }
  const sentence = withSentenceEnd(normalizePunctuation(result.text).text);
  const limit = ACTIVITY_LIMITS.summary;
  if (sentence.length > limit) {
    throw new AppError('invalid_input', `自动写成的句子有${sentence.length}个字，超过内容摘要最多${limit}个字的限制，不能采用；请到台账中写一句简短的内容摘要。`, {
      activityId: `台账条目：句子超过${limit}个字`,
    });
  }
  return sentence;
}

export function adoptSentence(db: Database.Database, year: number, activityId: string, now: string): ReportView {
  return db.transaction(() => {
    const entry = mustGetAdoptable(db, year, activityId);
    const draft = mustGetDraft(db, year);
    // The form's own schema, so the summary obeys every rule a typed one does.
    const { summary } = parseInput(activityUpdateInput, { id: entry.id, summary: adoptableSentence(db, draft.templateId, entry) }, ACTIVITY_FIELD_LABELS);
    updateActivityFields(db, entry.id, { summary }, () => now);
    return assembleYear(db, year, draft.templateId, now);
  })();
}
