import { describe, expect, it } from 'vitest';
import { checkFileContent } from '../../electron/attachments/file-signatures';
import { ALLOWED_FILE_TYPES, describeAllowedTypes } from '../../shared/domain/attachment';
import { AppError } from '../../shared/errors';

const bytes = (...parts: (number[] | string)[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

const PNG = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'rest');
const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF');
const PDF = bytes('%PDF-1.7\n');
const OLE2 = bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'ole');
const ZIP = bytes('PK', [3, 4], 'zip');
const HTML = Buffer.from('\ufeff<html><table></table></html>', 'utf8');
const EXE = bytes('MZ', [0x90, 0, 3, 0]);

function refused(name: string, ext: string, head: Buffer): AppError {
  try {
    checkFileContent(name, ext, head);
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return err as AppError;
  }
  throw new Error(`expected ${name} to be refused`);
}

describe('checkFileContent', () => {
  it.each([
    ['照片.png', 'png', PNG, 'image/png'],
    ['照片.jpg', 'jpg', JPEG, 'image/jpeg'],
    ['通知.pdf', 'pdf', PDF, 'application/pdf'],
    ['扫描件.pdf', 'pdf', bytes('\r\n\r\n%PDF-1.4'), 'application/pdf'],
    ['纪要.doc', 'doc', OLE2, 'application/msword'],
    ['系统导出.doc', 'doc', HTML, 'application/msword'],
    ['系统导出.xls', 'xls', HTML, 'application/vnd.ms-excel'],
    ['纪要.docx', 'docx', ZIP, ALLOWED_FILE_TYPES.docx!.mime],
    ['电子公文.ofd', 'ofd', ZIP, 'application/ofd'],
    ['台账.et', 'et', OLE2, 'application/vnd.ms-excel'],
    ['说明.txt', 'txt', bytes('任何文字'), 'text/plain'],
    ['照片.webp', 'webp', bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '), 'image/webp'],
    ['扫描.tif', 'tif', bytes([0x49, 0x49, 0x2a, 0x00]), 'image/tiff'],
  ])('accepts %s', (name, ext, head, mime) => {
    expect(checkFileContent(name, ext, head).mime).toBe(mime);
  });

  it('refuses a .pdf that is not a PDF, naming the file', () => {
    const err = refused('红头文件.pdf', 'pdf', bytes('<html>not a pdf</html>'));
    expect(err.code).toBe('invalid_input');
    expect(err.message).toBe('“红头文件.pdf”的内容不是PDF文件（可能是改了扩展名，或文件已损坏），请上传原始文件。');
    expect(err.fields).toEqual({ fileName: '文件名：内容与类型不符' });
  });

  it.each([
    ['程序.jpg', 'jpg', EXE],
    ['照片.png', 'png', JPEG],
    ['课件.pptx', 'pptx', OLE2],
    ['纪要.docx', 'docx', HTML],
    ['压缩包.zip', 'zip', PDF],
  ])('refuses %s whose bytes say otherwise', (name, ext, head) => {
    expect(refused(name, ext, head).message).toContain(`“${name}”的内容不是`);
  });

  it('refuses a type that is not allowed and lists what is', () => {
    const err = refused('安装包.exe', 'exe', EXE);
    expect(err.message).toBe(`“安装包.exe”的文件类型不能作为佐证材料上传。可以上传：${describeAllowedTypes()}。`);
    expect(describeAllowedTypes()).toBe(
      '图片（jpg、jpeg、png、gif、bmp、webp、tif、tiff）、PDF、Word（doc、docx、wps）、Excel（xls、xlsx、et、csv）、PowerPoint（ppt、pptx）、OFD、文本（txt）、压缩包（zip）',
    );
    expect(refused('无扩展名', '', PDF).message).toContain('文件类型不能作为佐证材料上传');
    expect(refused('原型.__proto__', '__proto__', PDF).message).toContain('文件类型不能作为佐证材料上传');
  });

  it('refuses an empty file', () => {
    expect(refused('空白.txt', 'txt', Buffer.alloc(0)).message).toBe('“空白.txt”是空文件（0 字节），请检查后重新选择。');
  });
});
