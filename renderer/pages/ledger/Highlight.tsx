import type { ReactNode } from 'react';

interface Props {
  text: string;
  /** What was searched for: each word separated by spaces is marked on its own. */
  search: string;
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Marks each searched word where it occurs, so a hit is seen without reading the whole line. */
export function Highlight({ text, search }: Props) {
  const words = search
    .split(/\s+/u)
    .map((w) => w.trim())
    .filter(Boolean)
    .sort((a, b) => b.length - a.length);
  if (words.length === 0 || !text) return <>{text}</>;
  const pattern = new RegExp(`(${words.map(escape).join('|')})`, 'giu');
  const parts: ReactNode[] = text.split(pattern).map((part, i) =>
    i % 2 === 1 ? (
      <mark key={i} style={{ background: '#ffe58f', padding: 0, borderRadius: 2, color: 'inherit' }}>
        {part}
      </mark>
    ) : (
      part
    ),
  );
  return <>{parts}</>;
}
