import type Database from 'better-sqlite3';
import type { Activity } from '../../shared/domain/activity';
import { AppError } from '../../shared/errors';
import { lastChange } from '../store/review-store';

// Two people editing one entry (局域网多人使用): the form sends the updatedAt it loaded, and a save
// over a newer version is refused with nothing written, so the second save is told, not lost. The
// message says when the entry was changed and, when the history knows, by whom.

function localMinute(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getMonth() + 1}月${d.getDate()}日 ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function staleEditError(db: Database.Database, current: Activity): AppError {
  const last = lastChange(db, current.id);
  // The history's operator is only who made *this* version when its row is of the same moment.
  const who = last && last.at === current.updatedAt && last.operator ? `修改人：${last.operator}` : '';
  const parts = [localMinute(current.updatedAt), who].filter((p) => p !== '');
  const detail = parts.length ? `（${parts.join('，')}）` : '';
  return new AppError('conflict', `这条台账已被他人修改${detail}，你的修改没有保存。请刷新查看最新内容后再改。`);
}
