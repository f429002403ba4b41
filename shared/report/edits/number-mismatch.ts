// An edit that changes a figure makes the report disagree with the 台账 it must be traceable to. The
// figures of the generated text and of the edit are compared as multisets: a figure that disappeared
// paired, in order, with one that appeared is a changed figure ("500→600"). Only removing a figure
// (dropping a clause) or only adding one is not a mismatch: there is nothing to pair.

const FIGURE = /\d+(?:\.\d+)?万?/g;

export function figuresOf(text: string): string[] {
  return text.match(FIGURE) ?? [];
}

function without(list: readonly string[], other: readonly string[]): string[] {
  const left = [...other];
  return list.filter((x) => {
    const at = left.indexOf(x);
    if (at < 0) return true;
    left.splice(at, 1);
    return false;
  });
}

export interface FigureChange {
  from: string;
  to: string;
}

export function changedFigures(generated: string, edited: string): FigureChange[] {
  const before = figuresOf(generated);
  const after = figuresOf(edited);
  const gone = without(before, after);
  const added = without(after, before);
  const pairs = Math.min(gone.length, added.length);
  return Array.from({ length: pairs }, (_, i) => ({ from: gone[i] as string, to: added[i] as string }));
}

export function mismatchMessage(changes: readonly FigureChange[]): string {
  return `编辑后的数字与台账不一致：${changes.map((c) => `${c.from}→${c.to}`).join('，')}`;
}
