import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReportBlock } from '../../../shared/report/report-document';

// A year of thousands of entries makes a report of thousands of paragraphs, each an editable block
// with its buttons; putting them all on the page at once froze the browser for half a minute at
// 20,000. The preview shows a window of the blocks: it starts with the first batch and grows by a
// batch when the reader nears its end (or asks for it). A warning or a change that sends the reader
// to a block outside the window moves the window there, with 显示前面的 above it, rather than
// putting every block before it on the page.

export const BATCH = 300;

/** Where a key is: the block itself, or the first block of the subsection it names. */
export function blockIndex(blocks: readonly ReportBlock[], key: string): number {
  return blocks.findIndex((b) => b.key === key || b.key.startsWith(`${key}.`));
}

export interface GoTo {
  key: string;
  /** Counts requests, so going to the same block twice scrolls twice. */
  seq: number;
}

export function useProgressiveBlocks(blocks: readonly ReportBlock[], goTo: GoTo | undefined, onArrived: (key: string) => void) {
  const [range, setRange] = useState({ start: 0, end: BATCH });
  const handled = useRef(0);
  const more = useCallback(() => setRange((w) => ({ ...w, end: w.end + BATCH })), []);
  const earlier = useCallback(() => setRange((w) => ({ ...w, start: Math.max(0, w.start - BATCH) })), []);

  // The window moved to the block asked for, then scrolled to once it is on the page.
  useEffect(() => {
    if (!goTo || goTo.seq === handled.current) return;
    const at = blockIndex(blocks, goTo.key);
    if (at >= 0 && (at < range.start || at >= range.end)) {
      const start = Math.floor(at / BATCH) * BATCH;
      setRange({ start, end: start + BATCH });
      return;
    }
    handled.current = goTo.seq;
    const el = document.getElementById(`block-${goTo.key}`) ?? document.querySelector(`[data-key^="${CSS.escape(goTo.key)}."]`);
    if (!el) return;
    el.scrollIntoView({ behavior: 'smooth', block: 'center' });
    onArrived(el.getAttribute('data-key') ?? goTo.key);
  }, [goTo, range, blocks, onArrived]);

  // The next batch when the end of the window comes near the screen.
  const sentinel = useRef<HTMLDivElement>(null);
  const after = Math.max(0, blocks.length - range.end);
  useEffect(() => {
    const el = sentinel.current;
    if (!el || after <= 0) return;
    const observer = new IntersectionObserver((seen) => seen.some((e) => e.isIntersecting) && more(), { rootMargin: '1500px 0px' });
    observer.observe(el);
    return () => observer.disconnect();
  }, [after, more]);

  const start = Math.min(range.start, blocks.length);
  return { visible: blocks.slice(start, range.end), before: start, after, more, earlier, sentinel };
}
