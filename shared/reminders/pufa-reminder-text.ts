import type { PufaOccurrence } from '../domain/pufa-days';

export function pufaReminderText(d: PufaOccurrence): string {
  const month = Number(d.date.slice(5, 7));
  const day = Number(d.date.slice(8, 10));
  if (d.day === null) return d.daysUntil === 0 ? `${month}月是${d.name}，正在进行` : `${month}月是${d.name}，还有${d.daysUntil}天开始`;
  if (d.daysUntil === 0) return `今天（${month}月${day}日）是${d.name}`;
  return `${month}月${day}日 ${d.name} 还有${d.daysUntil}天`;
}
