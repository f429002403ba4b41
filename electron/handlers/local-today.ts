/** The calendar date of an instant on this computer's clock (staff mean their own "today", not UTC's). */
export function localToday(nowIso: string): string {
  const d = new Date(nowIso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
