import { isoDate } from '../../shared/validation/fields';

/**
 * A clock that reads `today` (a local date) now and keeps running from there: `fazhi web --today`
 * lets a trainer show, or a test check, what the app says in December (reminders, the report
 * deadlines) on any day. It runs on rather than standing still, so timestamps stay in order and
 * backups made a moment apart get different names.
 */
export function shiftedClock(today: string, realNow: () => number = Date.now): { now: () => string } | { error: string } {
  const checked = isoDate.safeParse(today);
  if (!checked.success) return { error: `--today“${today}”不正确：${checked.error.issues[0]?.message ?? '应写成“年-月-日”'}` };
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const real = new Date(realNow());
  const target = new Date(y, m - 1, d, real.getHours(), real.getMinutes(), real.getSeconds(), real.getMilliseconds());
  const offset = target.getTime() - real.getTime();
  return { now: () => new Date(realNow() + offset).toISOString() };
}
