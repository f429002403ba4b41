// Names inside the evidence package must open on Windows: no \ / : * ? " < > |, no control
// characters, no trailing dot or space, no reserved device names, not too long, and unique
// (case-insensitively, as Windows compares them).

// eslint-disable-next-line no-control-regex -- control characters are exactly what is replaced here
const UNSAFE = /[\u0000-\u001f\u007f\\/:*?"<>|]/g;
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\.|$)/i;

function splitExtension(name: string): [string, string] {
  const dot = name.lastIndexOf('.');
  if (dot <= 0 || name.length - dot > 10) return [name, ''];
  return [name.slice(0, dot), name.slice(dot)];
}

/** One path segment (folder or file name), safe on Windows; `fallback` when nothing is left. */
export function safeSegment(name: string, maxChars = 80, fallback = '未命名'): string {
  let s = name.replace(UNSAFE, '_').replace(/\s+/g, ' ').trim().replace(/[. ]+$/, '');
  if (!s) s = fallback;
  if (RESERVED.test(s)) s = `_${s}`;
  const chars = [...s];
  if (chars.length > maxChars) {
    const [stem, ext] = splitExtension(s);
    s = `${[...stem].slice(0, Math.max(1, maxChars - [...ext].length)).join('').trim()}${ext}`;
  }
  return s;
}

/** Hands out unique paths: a second “照片.jpg” in the same folder becomes “照片 (2).jpg”. */
export class UniquePaths {
  private readonly taken = new Set<string>();

  unique(folder: string, name: string): string {
    const [stem, ext] = splitExtension(name);
    for (let n = 1; ; n++) {
      const candidate = `${folder ? `${folder}/` : ''}${n === 1 ? name : `${stem} (${n})${ext}`}`;
      const key = candidate.toLowerCase();
      if (!this.taken.has(key)) {
        this.taken.add(key);
        return candidate;
      }
    }
  }
}
