import type { AssemblyCategory, ReportEntry } from '../assembly/assembly-input';

// Which of the year's entries show the principal leader's own 述法 and 学法, the two things inspectors
// look for first under 第一责任人职责 (shared/domain/ledger.md).

const STUDY_WORDS = ['学法', '讲座', '中心组', '法治专题', '专题学习'];

const mentions = (e: ReportEntry, words: readonly string[]) => [e.title, ...e.tags].some((w) => words.some((k) => w.includes(k)));

export function isLeaderShufa(e: ReportEntry): boolean {
  return e.leaderRole === '述法' || mentions(e, ['述法']);
}

export function isLeaderStudy(e: ReportEntry, categories: readonly AssemblyCategory[]): boolean {
  if (e.leaderRole !== '参加' && e.leaderRole !== '主持') return false;
  const key = categories.find((c) => c.id === e.categoryId)?.key;
  return key === 'study' || mentions(e, STUDY_WORDS);
}
