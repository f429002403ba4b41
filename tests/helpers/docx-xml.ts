import JSZip from 'jszip';

// Just enough XML reading to check a WordprocessingML part: the elements we inspect (w:p, w:r,
// w:style, sectPr children) are never nested in themselves in what the writer produces.

export interface DocxParts {
  document: string;
  styles: string;
  settings: string;
  fontTable: string;
  /** Footer part text by the sectPr reference type ('default' = odd pages, 'even'). */
  footers: Record<string, string>;
}

async function part(zip: JSZip, name: string): Promise<string> {
  const file = zip.file(name);
  if (!file) throw new Error(`missing part ${name}`);
  return file.async('string');
}

export async function readDocxParts(docx: Buffer): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(docx);
  const document = await part(zip, 'word/document.xml');
  const rels = await part(zip, 'word/_rels/document.xml.rels');
  const footers: Record<string, string> = {};
  for (const ref of elements(document, 'w:footerReference')) {
    const a = attrs(ref);
    const rel = elements(rels, 'Relationship').find((r) => attrs(r).Id === a['r:id']);
    const target = rel ? attrs(rel).Target : undefined;
    if (a['w:type'] && target) footers[a['w:type']] = await part(zip, `word/${target}`);
  }
  return {
    document,
    styles: await part(zip, 'word/styles.xml'),
    settings: await part(zip, 'word/settings.xml'),
    fontTable: await part(zip, 'word/fontTable.xml'),
    footers,
  };
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every `<tag …/>` or `<tag …>…</tag>` in xml, in order. */
export function elements(xml: string, tag: string): string[] {
  const t = escapeRe(tag);
  const re = new RegExp(`<${t}(?=[\\s/>])(?:[^>]*/>|[^>]*>[\\s\\S]*?</${t}>)`, 'g');
  return xml.match(re) ?? [];
}

export function first(xml: string, tag: string): string | undefined {
  return elements(xml, tag)[0];
}

/** The attributes of the element's opening tag. */
export function attrs(element: string): Record<string, string> {
  const open = /^<[^>]*>/.exec(element)?.[0] ?? '';
  const out: Record<string, string> = {};
  for (const m of open.matchAll(/([\w:]+)="([^"]*)"/g)) out[m[1] as string] = m[2] as string;
  return out;
}

/** attrs(first(xml, tag)) or {} */
export function attrsOf(xml: string, tag: string): Record<string, string> {
  const el = first(xml, tag);
  return el ? attrs(el) : {};
}

export function unescapeXml(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** The text of w:t elements inside. */
export function textOf(xml: string): string {
  return elements(xml, 'w:t')
    .map((t) => unescapeXml(t.replace(/^<[^>]*>/, '').replace(/<\/w:t>$/, '')))
    .join('');
}

export function styleById(stylesXml: string, id: string): string {
  const style = elements(stylesXml, 'w:style').find((s) => attrs(s)['w:styleId'] === id);
  if (!style) throw new Error(`no style ${id}`);
  return style;
}

export function paragraphs(xml: string): string[] {
  return elements(xml, 'w:p');
}

export function runs(paragraph: string): string[] {
  return elements(paragraph, 'w:r');
}

export function styleOf(paragraph: string): string | undefined {
  return attrsOf(paragraph, 'w:pStyle')['w:val'];
}

/** An OOXML on/off element is on when present without w:val, or with 1/true/on. */
export function isOn(xml: string, tag: string): boolean {
  const el = first(xml, tag);
  if (!el) return false;
  const v = attrs(el)['w:val'];
  return v === undefined || v === '1' || v === 'true' || v === 'on';
}
