import { unzipSync } from 'fflate';
import { ZipFile } from 'yazl';
import type { ResolvedFaces } from '../../../shared/report/docx-settings';
import { fallbacksOf, FACE_ROLES } from '../../../shared/report/docx-settings';

// What the docx library cannot write, patched into its output. The package is unpacked (fflate) and
// packed again by yazl, which deflates with Node's zlib: for a year of 20,000 entries the body is
// about 6 MB of XML, and zlib packs it in a fifth of the time of the JavaScript deflaters.
// The patches:
// - paragraph properties of styles it has no option for (see STYLE_PPR_PATCHES in report-styles);
// - a font table naming each face with its charset and the next face of its chain as w:altName, so
//   Word and LibreOffice, missing 仿宋_GB2312, look for 仿宋 rather than a Western default.

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** Inserts `pPrXml` (elements that come before w:spacing in CT_PPrBase) into the style's pPr. */
export function patchStylePPr(stylesXml: string, styleId: string, pPrXml: string): string {
  const open = stylesXml.indexOf(`w:styleId="${styleId}"`);
  const close = stylesXml.indexOf('</w:style>', open);
  if (open < 0 || close < 0) throw new Error(`styles.xml has no style ${styleId}`);
  const style = stylesXml.slice(open, close);
  // Right before the pPr's w:spacing keeps CT_PPrBase order: the library writes nothing in between.
  const pPr = /<w:pPr>[\s\S]*?<\/w:pPr>/.exec(style);
  const at = pPr ? pPr.index + pPr[0].indexOf('<w:spacing') : -1;
  if (!pPr || at < pPr.index) throw new Error(`style ${styleId} has no w:pPr/w:spacing to anchor its patch`);
  return stylesXml.slice(0, open) + style.slice(0, at) + pPrXml + style.slice(at) + stylesXml.slice(close);
}

function escapeAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

function fontEntry(name: string, alt: string | undefined): string {
  // 86 = GB2312_CHARSET: tells Word the face is Chinese even when it is not installed.
  const chinese = /[^\x20-\x7e]/.test(name);
  return (
    `<w:font w:name="${escapeAttr(name)}">` +
    (alt ? `<w:altName w:val="${escapeAttr(alt)}"/>` : '') +
    `<w:charset w:val="${chinese ? '86' : '00'}"/>` +
    `<w:family w:val="${chinese ? 'modern' : 'roman'}"/>` +
    `<w:pitch w:val="${chinese ? 'fixed' : 'variable'}"/>` +
    '</w:font>'
  );
}

export function fontTableXml(faces: ResolvedFaces): string {
  const seen = new Set<string>();
  const entries: string[] = [];
  for (const role of FACE_ROLES) {
    const face = faces[role];
    if (seen.has(face)) continue;
    seen.add(face);
    entries.push(fontEntry(face, fallbacksOf(role, face)[0]));
  }
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:fonts xmlns:w="${W_NS}">${entries.join('')}</w:fonts>`;
}

export interface PartPatches {
  faces: ResolvedFaces;
  /** Paragraph properties per style id, see STYLE_PPR_PATCHES. */
  stylePPr: Readonly<Record<string, string>>;
  /** Rewrites word/document.xml (the templated body goes in here). */
  document?: (xml: string) => string;
}

/**
 * The parts in the library's order, except that [Content_Types].xml comes first, as Word and WPS
 * write it: a reader that streams the package meets the part types before the parts.
 */
function unpack(docx: Buffer): [string, Uint8Array][] {
  const CONTENT_TYPES = '[Content_Types].xml';
  const parts = Object.entries(unzipSync(docx));
  return [...parts.filter(([name]) => name === CONTENT_TYPES), ...parts.filter(([name]) => name !== CONTENT_TYPES)];
}

function pack(parts: readonly [string, Uint8Array | string][]): Promise<Buffer> {
  const zip = new ZipFile();
  // A plain DOS time, no extra fields: the least a reader of OPC packages has to understand.
  const options = { compressionLevel: 6, forceDosTimestamp: true, mtime: new Date() };
  for (const [name, data] of parts) zip.addBuffer(typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.buffer, data.byteOffset, data.byteLength), name, options);
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

const text = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');

export async function patchParts(docx: Buffer, { faces, stylePPr, document }: PartPatches): Promise<Buffer> {
  const parts = unpack(docx);
  const names = new Set(parts.map(([name]) => name));
  for (const required of ['word/styles.xml', 'word/document.xml', 'word/fontTable.xml']) {
    if (!names.has(required)) throw new Error(`docx without ${required}`);
  }
  // No folder entries: an OPC package is a flat list of parts, and some readers trip over them.
  const patched = parts
    .filter(([name]) => !name.endsWith('/'))
    .map(([name, data]): [string, Uint8Array | string] => {
      if (name === 'word/styles.xml') return [name, Object.entries(stylePPr).reduce((xml, [id, pPr]) => patchStylePPr(xml, id, pPr), text(data))];
      if (name === 'word/fontTable.xml') return [name, fontTableXml(faces)];
      if (name === 'word/document.xml' && document) return [name, document(text(data))];
      return [name, data];
    });
  return pack(patched);
}
