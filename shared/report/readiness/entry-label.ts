/** “法治讲座”（2025年6月20日）: how a finding names an entry. */
export function entryLabel(title: string, date: string): string {
  const [y, m, d] = date.split('-');
  return `“${title}”（${y}年${Number(m)}月${Number(d)}日）`;
}
