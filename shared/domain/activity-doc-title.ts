// A document title is stored without its outer 《》: the report adds them where the sentence needs
// them, and a title stored with them would come out as 《《…》》.

/** True when the brackets open and close in order, so the outer pair really belongs together. */
function balanced(s: string): boolean {
  let depth = 0;
  for (const ch of s) {
    if (ch === '《') depth += 1;
    else if (ch === '》' && --depth < 0) return false;
  }
  return depth === 0;
}

/**
 * 《关于印发〈X办法〉的通知》 → 关于印发〈X办法〉的通知. Inner titles stay: 关于印发《X办法》的通知 is kept
 * as typed, and so is 《A》和《B》 (its first 《 does not close at the last 》).
 */
export function stripBookTitleMarks(title: string): string {
  let s = title.trim();
  while (s.startsWith('《') && s.endsWith('》') && balanced(s.slice(1, -1))) s = s.slice(1, -1).trim();
  return s;
}
