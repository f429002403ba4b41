import type { ZipEntry } from '../package/zip-directory';
import { DAMAGED, TABLE_FILE_LIMITS, TableFileProblem } from './table-limits';
import type { XlsxPackage } from './xlsx-package';
import { scanXml } from './xml-scanner';
import { attributes } from './xml-text';

// Where the worksheets, their shared strings and their styles are: the package's relationships
// name the workbook, the workbook lists its sheets in order, and its relationships name their parts.

export interface WorksheetPart {
  name: string;
  entry: ZipEntry;
}

export interface WorkbookSheets {
  /** The worksheets in workbook order; chart sheets, and sheets whose part is missing, left out. */
  sheets: WorksheetPart[];
  sharedStrings: ZipEntry | null;
  styles: ZipEntry | null;
  /** Dates count from 1904 (old Mac Excel) rather than 1900. */
  date1904: boolean;
}

export interface WorkbookParts {
  sheetName: string;
  sheet: ZipEntry;
  sharedStrings: ZipEntry | null;
  styles: ZipEntry | null;
  /** Dates count from 1904 (old Mac Excel) rather than 1900. */
  date1904: boolean;
}

interface Relationship {
  type: string;
  target: string;
}

async function readElements(pkg: XlsxPackage, entry: ZipEntry, what: string, onElement: (name: string, attrs: Record<string, string>) => void): Promise<void> {
  await scanXml(pkg.text(entry, TABLE_FILE_LIMITS.smallPartBytes, what), {
    open: (name, tag) => onElement(name, attributes(tag)),
    close: () => undefined,
    text: () => undefined,
  });
}

async function relationships(pkg: XlsxPackage, relsName: string): Promise<Map<string, Relationship>> {
  const rels = new Map<string, Relationship>();
  const entry = pkg.find(relsName);
  if (!entry) return rels;
  await readElements(pkg, entry, '关系表', (name, a) => {
    if (name === 'Relationship' && a.Id && a.Target) rels.set(a.Id, { type: a.Type ?? '', target: a.Target });
  });
  return rels;
}

/** A relationship target (relative to the part's folder, or absolute from the package root) as an entry name. */
function resolvePart(baseDir: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : `${baseDir}${target}`).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

function folderOf(name: string): string {
  return name.slice(0, name.lastIndexOf('/') + 1);
}

function relsOf(name: string): string {
  return `${folderOf(name)}_rels/${name.slice(name.lastIndexOf('/') + 1)}.rels`;
}

function byType(rels: Map<string, Relationship>, type: string): Relationship | undefined {
  return [...rels.values()].find((r) => r.type.endsWith(`/${type}`));
}

export async function readWorkbookSheets(pkg: XlsxPackage): Promise<WorkbookSheets> {
  const root = byType(await relationships(pkg, '_rels/.rels'), 'officeDocument');
  const workbookName = root ? resolvePart('', root.target) : 'xl/workbook.xml';
  const workbook = pkg.find(workbookName);
  if (!workbook) throw new TableFileProblem(DAMAGED);
  const listed: { name: string; rid: string }[] = [];
  let date1904 = false;
  await readElements(pkg, workbook, '工作簿目录', (name, a) => {
    if (name === 'sheet' && a.id) listed.push({ name: a.name ?? '', rid: a.id });
    if (name === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
  });
  const rels = await relationships(pkg, relsOf(workbookName));
  const dir = folderOf(workbookName);
  const part = (rel: Relationship | undefined, fallback: string) => pkg.find(rel ? resolvePart(dir, rel.target) : `${dir}${fallback}`);
  // Chart sheets are listed among the sheets too; only the ones holding cells are tables.
  const sheets: WorksheetPart[] = [];
  for (const s of listed) {
    const rel = rels.get(s.rid);
    if (!rel || !rel.type.endsWith('/worksheet')) continue;
    const entry = pkg.find(resolvePart(dir, rel.target));
    if (entry) sheets.push({ name: s.name, entry });
  }
  return {
    sheets,
    sharedStrings: part(byType(rels, 'sharedStrings'), 'sharedStrings.xml'),
    styles: part(byType(rels, 'styles'), 'styles.xml'),
    date1904,
  };
}

/** The first worksheet. */
export async function readWorkbookParts(pkg: XlsxPackage): Promise<WorkbookParts> {
  const { sheets, ...rest } = await readWorkbookSheets(pkg);
  const first = sheets[0];
  if (!first) throw new TableFileProblem('工作簿中没有工作表');
  return { sheetName: first.name, sheet: first.entry, ...rest };
}
