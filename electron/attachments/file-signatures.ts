import type { AllowedFileType } from '../../shared/domain/attachment';
import { ALLOWED_FILE_TYPES, describeAllowedTypes } from '../../shared/domain/attachment';
import { IntakeRefusal } from './intake-refusal';

// A file's extension says what it claims to be; its first bytes say what it is. Both must agree, so a
// program renamed to .pdf, or a web page saved as .jpg, is refused before anyone opens it.

/** How many leading bytes the checks need. */
export const HEAD_BYTES = 1024;

type Signature = (head: Buffer) => boolean;

const at = (offset: number, bytes: number[] | string): Signature => {
  const want = typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : Buffer.from(bytes);
  return (head) => head.length >= offset + want.length && head.subarray(offset, offset + want.length).equals(want);
};

const JPEG = at(0, [0xff, 0xd8, 0xff]);
const PNG = at(0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const GIF: Signature = (h) => at(0, 'GIF87a')(h) || at(0, 'GIF89a')(h);
const BMP = at(0, 'BM');
const WEBP: Signature = (h) => at(0, 'RIFF')(h) && at(8, 'WEBP')(h);
const TIFF: Signature = (h) => at(0, [0x49, 0x49, 0x2a, 0x00])(h) || at(0, [0x4d, 0x4d, 0x00, 0x2a])(h);
/** Readers accept "%PDF-" anywhere in the first kilobyte, and some scanners write a preamble. */
const PDF: Signature = (h) => h.subarray(0, HEAD_BYTES).includes('%PDF-', 0, 'latin1');
/** Word, Excel and PowerPoint 97–2003, and WPS/ET, are OLE2 compound files. */
const OLE2 = at(0, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** .docx/.xlsx/.pptx, OFD and .zip are ZIP containers (an empty ZIP starts with its end record). */
const ZIP_ENTRY = at(0, [0x50, 0x4b, 0x03, 0x04]);
const ZIP: Signature = (h) => ZIP_ENTRY(h) || at(0, [0x50, 0x4b, 0x05, 0x06])(h) || at(0, [0x50, 0x4b, 0x07, 0x08])(h);
const RTF = at(0, '{\\rtf');
/**
 * Many government systems export "Word" and "Excel" files that are really HTML, XML or MHT; Office
 * opens them, and staff cannot tell, so they are accepted as .doc/.xls.
 */
const MARKUP: Signature = (h) => /^(\ufeff)?\s*(<|MIME-Version:)/i.test(h.subarray(0, 256).toString('utf8'));

const SIGNATURES: Readonly<Record<string, readonly Signature[]>> = {
  jpg: [JPEG],
  jpeg: [JPEG],
  png: [PNG],
  gif: [GIF],
  bmp: [BMP],
  webp: [WEBP],
  tif: [TIFF],
  tiff: [TIFF],
  pdf: [PDF],
  doc: [OLE2, ZIP_ENTRY, RTF, MARKUP],
  wps: [OLE2, ZIP_ENTRY],
  docx: [ZIP_ENTRY],
  xls: [OLE2, ZIP_ENTRY, MARKUP],
  et: [OLE2, ZIP_ENTRY],
  xlsx: [ZIP_ENTRY],
  ppt: [OLE2],
  pptx: [ZIP_ENTRY],
  ofd: [ZIP_ENTRY],
  zip: [ZIP],
  // Plain text has no signature.
};

/** The allowed type for this extension, or a message naming the file and listing what is allowed. */
export function allowedTypeFor(name: string, ext: string): AllowedFileType {
  const type = Object.prototype.hasOwnProperty.call(ALLOWED_FILE_TYPES, ext) ? ALLOWED_FILE_TYPES[ext] : undefined;
  if (!type) {
    throw new IntakeRefusal({ kind: 'not_allowed', ext }, name, `“${name}”的文件类型不能作为佐证材料上传。可以上传：${describeAllowedTypes()}。`, {
      fileName: '文件名：类型不允许',
    });
  }
  return type;
}

/** Refuses a file whose first bytes contradict its extension. `head` is its first HEAD_BYTES bytes. */
export function checkFileContent(name: string, ext: string, head: Buffer): AllowedFileType {
  const type = allowedTypeFor(name, ext);
  if (head.length === 0) {
    throw new IntakeRefusal({ kind: 'empty' }, name, `“${name}”是空文件（0 字节），请检查后重新选择。`, { fileName: '文件名：空文件' });
  }
  const signatures = SIGNATURES[ext];
  if (signatures && !signatures.some((matches) => matches(head))) {
    throw new IntakeRefusal(
      { kind: 'mismatch', group: type.group },
      name,
      `“${name}”的内容不是${type.group}文件（可能是改了扩展名，或文件已损坏），请上传原始文件。`,
      { fileName: '文件名：内容与类型不符' },
    );
  }
  return type;
}
