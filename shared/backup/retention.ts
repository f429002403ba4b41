import type { BackupSettings } from '../domain/backup';

export interface DatedBackup {
  fileName: string;
  createdAt: string;
}

function dayKey(d: Date): string {
  return `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`;
}

function monthKey(d: Date): string {
  return `${d.getFullYear()}-${d.getMonth() + 1}`;
}

/**
 * Which backups the retention rule keeps: the newest `keepLast`, plus the newest of each of the last
 * `keepDaily` days and of each of the last `keepMonthly` months (local calendar, counted back from
 * `now`, today and this month included). Everything else may be removed. Days and months are the
 * machine's local calendar because that is how the user reads the list.
 */
export function backupsToKeep(backups: readonly DatedBackup[], rule: Pick<BackupSettings, 'keepLast' | 'keepDaily' | 'keepMonthly'>, now: string): Set<string> {
  const newestFirst = [...backups].sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : b.fileName.localeCompare(a.fileName)));
  const keep = new Set(newestFirst.slice(0, rule.keepLast).map((b) => b.fileName));
  const today = new Date(now);
  const days = new Set<string>();
  for (let i = 0; i < rule.keepDaily; i++) days.add(dayKey(new Date(today.getFullYear(), today.getMonth(), today.getDate() - i)));
  const months = new Set<string>();
  for (let i = 0; i < rule.keepMonthly; i++) months.add(monthKey(new Date(today.getFullYear(), today.getMonth() - i, 1)));
  const seenDays = new Set<string>();
  const seenMonths = new Set<string>();
  for (const b of newestFirst) {
    const d = new Date(b.createdAt);
    const day = dayKey(d);
    const month = monthKey(d);
    if (days.has(day) && !seenDays.has(day)) {
      seenDays.add(day);
      keep.add(b.fileName);
    }
    if (months.has(month) && !seenMonths.has(month)) {
      seenMonths.add(month);
      keep.add(b.fileName);
    }
  }
  return keep;
}
