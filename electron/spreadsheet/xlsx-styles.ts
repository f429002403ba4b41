import type { ZipEntry } from '../package/zip-directory';
import { TABLE_FILE_LIMITS } from './table-limits';
import type { XlsxPackage } from './xlsx-package';
import { scanXml } from './xml-scanner';
import { attributes } from './xml-text';

// A date in a sheet is a number with a date format; which cell styles (`s="3"`) carry one is in
// styles.xml. Built-in formats have ids without a code in the file: 14–22 and 45–47 everywhere,
// and in Chinese (and other East Asian) Excel 27–36 and 50–58, such as 31 = yyyy"年"m"月"d"日".

const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** Any of y m d h s (outside quoted text and [colour]/[locale] parts) makes a format a date or time. */
export function isDateFormatCode(code: string): boolean {
  const bare = code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhMsb]/.test(bare);
}

/** The indexes of the cell styles whose number format is a date or time. */
export async function readDateStyles(pkg: XlsxPackage, styles: ZipEntry | null): Promise<Set<number>> {
  const dateStyles = new Set<number>();
  if (!styles) return dateStyles;
  const customDates = new Map<number, boolean>();
  let inCellXfs = false;
  let xfIndex = 0;
  await scanXml(pkg.text(styles, TABLE_FILE_LIMITS.smallPartBytes, '样式表'), {
    open(name, tag) {
      if (name === 'numFmt') {
        const a = attributes(tag);
        customDates.set(Number(a.numFmtId), isDateFormatCode(a.formatCode ?? ''));
      } else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(attributes(tag).numFmtId ?? 0);
        if (customDates.get(id) ?? BUILT_IN_DATE_FORMATS.has(id)) dateStyles.add(xfIndex);
        xfIndex++;
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
    text: () => undefined,
  });
  return dateStyles;
}
