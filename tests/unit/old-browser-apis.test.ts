import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Colleagues open the page from Windows 7 desks (Chrome 109, Firefox ESR 115 at most) over plain
// http://192.168.x.x, which is not a secure context. The build lowers syntax for those browsers
// (renderer/vite.config.mts) but adds no polyfills, so an API they lack, or one only secure pages
// get, is a blank page or a dead button there. This reads every source file the page can bundle
// (renderer/ and shared/) and refuses such APIs. It works on the source, not on dist/, so it runs
// whether or not the app has been built; tests/e2e/old-browser.spec.ts runs the built page with
// the secure-context APIs removed.

const ROOT = path.resolve(__dirname, '../..');
const SCANNED = ['renderer', 'shared'];

interface Rule {
  /** What is refused, and what to use instead. */
  why: string;
  /** `receiver.name` accesses, by name; `receivers` limits the receiver (its last identifier). */
  member?: { names: readonly string[]; receivers?: readonly string[]; exceptReceivers?: readonly string[]; onlyCalled?: boolean };
  /** Any other node. */
  node?: (node: ts.Node) => boolean;
  /** Allowed in a file that also contains this text (a guarded use with its fallback next to it). */
  allowedWith?: string;
}

const ITERATOR_HELPERS = ['map', 'filter', 'take', 'drop', 'flatMap', 'reduce', 'toArray', 'forEach', 'some', 'every', 'find'];
const ITERATOR_SOURCES = ['values', 'keys', 'entries', 'matchAll'];

const RULES: readonly Rule[] = [
  { why: 'crypto.randomUUID needs a secure context: build the UUID from crypto.getRandomValues', member: { names: ['randomUUID'] } },
  { why: 'crypto.subtle needs a secure context', member: { names: ['subtle'], receivers: ['crypto'] } },
  {
    why: "navigator.clipboard needs a secure context: fall back to document.execCommand('copy') in the same module (or use antd's copyable, which does)",
    member: { names: ['clipboard'], receivers: ['navigator'] },
    allowedWith: "execCommand('copy')",
  },
  { why: 'Service Workers need a secure context', member: { names: ['serviceWorker'] } },
  { why: 'navigator.storage / locks / credentials need a secure context', member: { names: ['storage', 'locks', 'credentials'], receivers: ['navigator'] } },
  { why: 'Object.groupBy / Map.groupBy: Chrome 117, Firefox 119', member: { names: ['groupBy'], receivers: ['Object', 'Map'] } },
  { why: 'toSorted / toReversed / toSpliced: Chrome 110, Firefox 115 lacks them: copy, then sort', member: { names: ['toSorted', 'toReversed', 'toSpliced'] } },
  { why: 'Array.prototype.with: Chrome 110', member: { names: ['with'], onlyCalled: true } },
  { why: 'Promise.withResolvers: Chrome 119, Firefox 121', member: { names: ['withResolvers'], receivers: ['Promise'] } },
  { why: 'Promise.try: Chrome 128', member: { names: ['try'], receivers: ['Promise'] } },
  { why: 'String.prototype.isWellFormed / toWellFormed: Chrome 111, Firefox 119', member: { names: ['isWellFormed', 'toWellFormed'] } },
  { why: 'Array.fromAsync: Chrome 121, Firefox 115 lacks it', member: { names: ['fromAsync'], receivers: ['Array'] } },
  {
    why: 'Set methods (union, intersection, difference…): Chrome 122, Firefox 127',
    member: { names: ['union', 'intersection', 'difference', 'symmetricDifference', 'isSubsetOf', 'isSupersetOf', 'isDisjointFrom'], exceptReceivers: ['z'], onlyCalled: true },
  },
  { why: 'URL.canParse / URL.parse: Chrome 120 / 126: use try { new URL(…) }', member: { names: ['canParse', 'parse'], receivers: ['URL'] } },
  { why: 'AbortSignal.any: Chrome 116', member: { names: ['any'], receivers: ['AbortSignal'] } },
  { why: 'RegExp.escape: Chrome 136', member: { names: ['escape'], receivers: ['RegExp'] } },
  { why: 'Intl.Segmenter / DurationFormat: Firefox 125 / 136', member: { names: ['Segmenter', 'DurationFormat'], receivers: ['Intl'] } },
  { why: 'File System Access pickers: no Firefox at all: use <input type="file"> or a download', member: { names: ['showOpenFilePicker', 'showSaveFilePicker', 'showDirectoryPicker'] } },
  {
    why: 'Iterator helpers (map/filter… on .values(), .keys(), .entries(), matchAll()): Chrome 122, Firefox 131: spread into an array first',
    node: (node) =>
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      ITERATOR_HELPERS.includes(node.expression.name.text) &&
      isIteratorSource(node.expression.expression),
  },
  {
    why: 'the Iterator global (Iterator.from): Chrome 122, Firefox 131',
    // As a value only: Iterator<T> as a type is erased.
    node: (node) => ts.isIdentifier(node) && node.text === 'Iterator' && ts.isPropertyAccessExpression(node.parent) && node.parent.expression === node,
  },
  { why: 'the RegExp v flag: Chrome 112, Firefox 116: use the u flag', node: (node) => ts.isRegularExpressionLiteral(node) && /\/[a-z]*v[a-z]*$/.test(node.text) },
  { why: 'the CSS :has() selector: Firefox 121', node: (node) => (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && node.text.includes(':has(') },
];

function isIteratorSource(expr: ts.Expression): boolean {
  if (!ts.isCallExpression(expr) || !ts.isPropertyAccessExpression(expr.expression)) return false;
  const name = expr.expression.name.text;
  // Object.entries(x) and friends return arrays; only the zero-argument methods return iterators.
  return name === 'matchAll' || (ITERATOR_SOURCES.includes(name) && expr.arguments.length === 0);
}

/** The receiver's last identifier: `window.crypto` → crypto, `navigator` → navigator. */
function receiverName(expr: ts.Expression): string | undefined {
  if (ts.isIdentifier(expr)) return expr.text;
  if (ts.isPropertyAccessExpression(expr)) return expr.name.text;
  return undefined;
}

/** `a.b` and `a['b']` alike. */
function memberAccess(node: ts.Node): { receiver: ts.Expression; name: string } | undefined {
  if (ts.isPropertyAccessExpression(node)) return { receiver: node.expression, name: node.name.text };
  if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression)) return { receiver: node.expression, name: node.argumentExpression.text };
  return undefined;
}

function breaks(rule: Rule, node: ts.Node): boolean {
  if (rule.node) return rule.node(node);
  const m = rule.member && memberAccess(node);
  if (!rule.member || !m || !rule.member.names.includes(m.name)) return false;
  const receiver = receiverName(m.receiver);
  if (rule.member.receivers && (!receiver || !rule.member.receivers.includes(receiver))) return false;
  if (receiver && rule.member.exceptReceivers?.includes(receiver)) return false;
  if (rule.member.onlyCalled && !(ts.isCallExpression(node.parent) && node.parent.expression === node)) return false;
  return true;
}

/** Each use of a refused API in one file's source, as `file:line: why`. */
function findingsIn(fileName: string, text: string): string[] {
  const kind = fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, kind);
  const rules = RULES.filter((r) => !r.allowedWith || !text.includes(r.allowedWith));
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    for (const rule of rules) {
      if (breaks(rule, node)) found.push(`${fileName}:${file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1}: ${rule.why}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function cssFindings(fileName: string, text: string): string[] {
  return text
    .split('\n')
    .flatMap((line, i) => (line.includes(':has(') ? [`${fileName}:${i + 1}: the CSS :has() selector: Firefox 121`] : []));
}

function sourceFiles(): string[] {
  return SCANNED.flatMap((dir) =>
    fs
      .readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(tsx?|css)$/.test(f) && !f.endsWith('.d.ts') && !f.split(path.sep).includes('node_modules'))
      .map((f) => path.join(dir, f)),
  );
}

describe('old browsers: the page uses no API that Chrome 109 / Firefox 115 on plain HTTP lack', () => {
  it.each([
    ['crypto.randomUUID()'],
    ['window.crypto.randomUUID()'],
    ["crypto['randomUUID']()"],
    ['crypto.subtle.digest("SHA-256", data)'],
    ['navigator.clipboard.writeText(s)'],
    ['navigator.serviceWorker.register("/sw.js")'],
    ['Object.groupBy(rows, (r) => r.year)'],
    ['Map.groupBy(rows, (r) => r.year)'],
    ['rows.toSorted((a, b) => a - b)'],
    ['rows.toReversed()'],
    ['rows.toSpliced(0, 1)'],
    ['rows.with(0, x)'],
    ['Promise.withResolvers()'],
    ['s.isWellFormed()'],
    ['Array.fromAsync(gen())'],
    ['a.union(b)'],
    ['a.intersection(b)'],
    ['URL.canParse(s)'],
    ['new Intl.Segmenter("zh")'],
    ['window.showSaveFilePicker()'],
    ['map.values().map((v) => v.id)'],
    ['s.matchAll(re).filter(Boolean)'],
    ['Iterator.from(x)'],
    ['/[\\p{L}--[a-z]]/v.test(s)'],
    ['document.querySelector(".a:has(.b)")'],
  ])('catches %s', (code) => {
    expect(findingsIn('x.ts', `export const f = (rows: any, s: any, a: any, b: any, x: any, map: any, re: any, data: any, gen: any) => ${code};\n`)).toHaveLength(1);
  });

  it.each([
    ['z.union([a, b])'],
    ['z.intersection(a, b)'],
    ['Object.entries(x).map(([k]) => k)'],
    ['[...map.values()].map((v) => v.id)'],
    ['rows.findLast((r) => r.ok)'],
    ['rows.at(-1)'],
    ['structuredClone(x)'],
    ['crypto.getRandomValues(new Uint8Array(16))'],
    ['s.startsWith("a")'],
    ['/\\p{L}/u.test(s)'],
  ])('allows %s', (code) => {
    expect(findingsIn('x.ts', `export const f = (rows: any, s: any, a: any, b: any, x: any, map: any, z: any) => ${code};\n`)).toEqual([]);
  });

  it('allows navigator.clipboard next to its execCommand fallback', () => {
    const guarded = "export async function copy(s: string) {\n  if (navigator.clipboard) return navigator.clipboard.writeText(s);\n  document.execCommand('copy');\n}\n";
    expect(findingsIn('x.ts', guarded)).toEqual([]);
  });

  it('catches :has() in a stylesheet', () => {
    expect(cssFindings('x.css', '.a:has(.b) { color: red; }\n')).toHaveLength(1);
  });

  it('finds none in renderer/ and shared/', () => {
    const files = sourceFiles();
    // A scan that silently read nothing would pass: make sure it saw both folders' real files.
    expect(files).toContain(path.join('renderer', 'main.tsx'));
    expect(files).toContain(path.join('renderer', 'shell', 'AppShell.tsx'));
    expect(files.filter((f) => f.startsWith(`shared${path.sep}`)).length).toBeGreaterThan(20);
    const findings = files.flatMap((f) => {
      const text = fs.readFileSync(path.join(ROOT, f), 'utf8');
      return f.endsWith('.css') ? cssFindings(f, text) : findingsIn(f, text);
    });
    expect(findings).toEqual([]);
  });
});
