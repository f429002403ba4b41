import JSZip from 'jszip';
import type { ResolvedFaces } from '../../../shared/report/docx-settings';
import { fallbacksOf, FACE_ROLES } from '../../../shared/report/docx-settings';

// What the docx library cannot write, patched into its output:
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

export async function patchParts(docx: Buffer, { faces, stylePPr, document }: PartPatches): Promise<Buffer> {
  // No folder entries: an OPC package is a flat list of parts, and some readers trip over them.
  const zip = await JSZip.loadAsync(docx, { createFolders: false });
  const styles = zip.file('word/styles.xml');
  if (!styles) throw new Error('docx without word/styles.xml');
  let stylesXml = await styles.async('string');
  for (const [id, xml] of Object.entries(stylePPr)) stylesXml = patchStylePPr(stylesXml, id, xml);
  zip.file('word/styles.xml', stylesXml, { createFolders: false });
  zip.file('word/fontTable.xml', fontTableXml(faces), { createFolders: false });
  if (document) {
    const part = zip.file('word/document.xml');
    if (!part) throw new Error('docx without word/document.xml');
    zip.file('word/document.xml', document(await part.async('string')), { createFolders: false });
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
