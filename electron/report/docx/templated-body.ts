import type { Paragraph } from 'docx';
import type { ReportBlock } from '../../../shared/report/report-document';
import { blockParagraph } from './report-paragraphs';
import { xmlSafe } from './xml-text';

// A year of 20,000 entries makes a body of thousands of paragraphs, and most of the time writing
// it went into the docx library turning each paragraph object into XML. Paragraphs of one shape
// (kind, place, and the formatting of each run) differ only in their text, so the library writes
// one sample paragraph per shape, with a marker for each run's text, and the body is those
// samples' XML with the real texts put in. The library stays the author of every byte of markup;
// tests/integration/docx-templated-body.test.ts checks the result against the library's own output.

// Private-use characters: never in a report's text, and written by the library unescaped.
const OPEN = '\ue000';
const CLOSE = '\ue001';
const MARKER = /\ue000(\d+)\ue001/g;

/** The texts a block's paragraph shows, one per run, as the library receives them. */
function runTexts(block: ReportBlock): string[] {
  return block.kind === 'paragraph' ? block.runs.map((r) => xmlSafe(r.text)) : [xmlSafe(`${block.number}${block.text}`)];
}

/** Everything but the text that decides a paragraph's markup. An empty run is its own case. */
function shapeKey(block: ReportBlock, last: boolean, texts: string[]): string {
  // Each run is written as "r" and its flags, so a paragraph of one plain run differs from one of none.
  const runs = block.kind === 'paragraph' ? block.runs.map((r, i) => `r${r.bold ? 'b' : ''}${r.runIn ?? ''}${texts[i] ? '' : 'e'}`) : [texts[0] ? 'r' : 're'];
  return `${block.kind}|${last ? 'last' : ''}|${runs.join('')}`;
}

/** The block with each non-empty run's text replaced by a numbered marker. */
function sampleOf(block: ReportBlock, texts: string[]): ReportBlock {
  const mark = (i: number) => (texts[i] ? `${OPEN}${i}${CLOSE}` : '');
  if (block.kind === 'paragraph') return { ...block, runs: block.runs.map((r, i) => ({ ...r, text: mark(i) })) };
  return { ...block, number: '', text: mark(0) };
}

// As the docx library escapes text (src/util/xml/stringify.ts, escapeAll), so a filled-in sample is
// byte for byte what the library would have written.
const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };
// eslint-disable-next-line no-control-regex -- the control characters the library drops
const TO_ESCAPE = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g;
function escapeText(text: string): string {
  return text.replace(TO_ESCAPE, (c) => ESCAPES[c] ?? '');
}

interface Shape {
  sample: Paragraph;
  /** How many of its runs carry a marker (the non-empty ones). */
  markers: number;
  /** The sample's XML cut at its markers: literal, run index, literal, run index, …, literal. */
  pieces: (string | number)[];
}

export interface TemplatedBody {
  /** One paragraph per shape, in order of first use: what the library is given in place of the body. */
  samples: Paragraph[];
  /**
   * Replaces the samples' paragraphs in the library's document.xml with the whole body.
   * `before`: how many paragraphs the document has ahead of the samples (the title's).
   */
  fill(documentXml: string, before: number): string;
}

export function templatedBody(blocks: readonly ReportBlock[]): TemplatedBody {
  const shapes = new Map<string, Shape>();
  const order: { shape: Shape; texts: string[] }[] = [];
  blocks.forEach((block, i) => {
    const last = i === blocks.length - 1;
    const texts = runTexts(block);
    const key = shapeKey(block, last, texts);
    let shape = shapes.get(key);
    if (!shape) {
      shape = { sample: blockParagraph(sampleOf(block, texts), last), markers: texts.filter(Boolean).length, pieces: [] };
      shapes.set(key, shape);
    }
    order.push({ shape, texts });
  });
  const samples = [...shapes.values()];
  return {
    samples: samples.map((s) => s.sample),
    fill(documentXml, before) {
      if (!samples.length) return documentXml;
      const paragraphs = paragraphSpans(documentXml);
      const spans = samples.map((shape, n) => {
        const span = paragraphs[before + n];
        const pieces = span ? documentXml.slice(span.start, span.end).split(MARKER) : [];
        // A guard on the assumption that the samples are where they were put, each one <w:p>.
        if (!span || pieces.length !== 2 * shape.markers + 1) throw new Error(`document.xml: sample paragraph ${n} not found`);
        shape.pieces = pieces.map((piece, j) => (j % 2 ? Number(piece) : piece));
        return span;
      });
      const body = order.map(({ shape, texts }) => shape.pieces.map((p) => (typeof p === 'number' ? escapeText(texts[p]!) : p)).join('')).join('');
      return documentXml.slice(0, spans[0]!.start) + body + documentXml.slice(spans[spans.length - 1]!.end);
    },
  };
}

/** Each <w:p> of the body, in order. The library writes them without attributes and never nested. */
function paragraphSpans(xml: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (let start = xml.indexOf('<w:p>'); start >= 0; start = xml.indexOf('<w:p>', start + 1)) {
    spans.push({ start, end: xml.indexOf('</w:p>', start) + '</w:p>'.length });
  }
  return spans;
}
