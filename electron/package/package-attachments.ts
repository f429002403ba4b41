import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { describeAllowedTypes } from '../../shared/domain/attachment';
import type { AppError } from '../../shared/errors';
import type { AdmittedFile } from '../attachments/file-intake';
import { admitFile, admitName, readHeadSync } from '../attachments/file-intake';
import { IntakeRefusal } from '../attachments/intake-refusal';
import { shownName } from '../attachments/safe-file-name';
import { packageRefused } from './package-error';

// A package's attachments pass the same intake as an upload, on the unpacked copy of its database,
// before merge or replace reads a row: so the plan, the content hashes, the conflicts kept for later
// and the rows a replace copies all hold the cleaned name and our MIME type, never the sender's.
// One file that fails refuses the whole package, naming the entry and the file: nothing may be written
// in part, and a unit sending a program as evidence should hear about it rather than lose it silently.

interface PackageAttachmentRow {
  id: string;
  sha256: string;
  original_name: string;
  has_blob: number;
  title: string | null;
  date: string | null;
}

const SHA256 = /^[0-9a-f]{64}$/;

/** The files the package's attachment rows name: the only ones a merge or replace may store. */
export function referencedFiles(db: Database.Database): string[] {
  return db.prepare('SELECT DISTINCT sha256 FROM attachments ORDER BY sha256').pluck().all() as string[];
}

function readRows(db: Database.Database): PackageAttachmentRow[] {
  return db
    .prepare(
      `SELECT x.id, x.sha256, x.original_name, b.sha256 IS NOT NULL AS has_blob, a.title, a.date
       FROM attachments x LEFT JOIN blobs b ON b.sha256 = x.sha256 LEFT JOIN activities a ON a.id = x.activity_id
       ORDER BY a.date, a.created_at, x.activity_id, x.position, x.id`,
    )
    .all() as PackageAttachmentRow[];
}

function whichFile(row: PackageAttachmentRow): string {
  const entry = row.title === null ? '一份佐证材料' : `条目“${shownName(String(row.title))}”（${shownName(String(row.date ?? ''))}）的佐证材料`;
  return `${entry}“${shownName(String(row.original_name))}”`;
}

const ASK_SENDER = '请对方删除或更换这份材料后重新导出。';

function refusedFile(fileName: string, row: PackageAttachmentRow, err: IntakeRefusal): AppError {
  const file = whichFile(row);
  const p = err.problem;
  switch (p.kind) {
    case 'no_name':
      return packageRefused(fileName, `${file}文件名无效（去掉路径、点和空格后什么也不剩）。${ASK_SENDER}`);
    case 'not_allowed':
      return packageRefused(
        fileName,
        `${file}不是可以导入的文件类型（${p.ext ? `.${p.ext}，可能是程序或脚本` : '没有扩展名'}）。佐证材料只能是：${describeAllowedTypes()}。${ASK_SENDER}`,
      );
    case 'empty':
      return packageRefused(fileName, `${file}是空文件（0 字节）。${ASK_SENDER}`);
    case 'mismatch':
      return packageRefused(fileName, `${file}的内容不是${p.group}文件（可能是改了扩展名的程序，或文件已损坏）。${ASK_SENDER}`);
  }
}

function admitRow(row: PackageAttachmentRow, file: string | undefined, fileName: string): AdmittedFile {
  if (typeof row.original_name !== 'string' || !SHA256.test(String(row.sha256)) || !row.has_blob) {
    throw packageRefused(fileName, `${whichFile(row)}的记录不完整，数据包已损坏或被篡改。`);
  }
  try {
    // A file the package does not carry (the sender had lost it) can only be judged by its name.
    return file ? admitFile(row.original_name, readHeadSync(file)) : admitName(row.original_name);
  } catch (err) {
    if (err instanceof IntakeRefusal) throw refusedFile(fileName, row, err);
    throw err;
  }
}

/**
 * Runs every attachment row of the package's database through the intake, against the files
 * unpacked for it, and writes the outcome back into that copy: cleaned names, each file's MIME type
 * and size as we determined them, and no blob row that no attachment names. Throws a package refusal
 * on the first file that fails.
 */
export function admitPackageAttachments(db: Database.Database, blobFiles: ReadonlyMap<string, string>, fileName: string): void {
  const renames: [string, string][] = [];
  const blobs = new Map<string, { mime: string; size: number | null }>();
  for (const row of readRows(db)) {
    const file = blobFiles.get(row.sha256);
    const admitted = admitRow(row, file, fileName);
    if (admitted.name !== row.original_name) renames.push([admitted.name, row.id]);
    if (!blobs.has(row.sha256)) blobs.set(row.sha256, { mime: admitted.type.mime, size: file ? fs.statSync(file).size : null });
  }
  db.transaction(() => {
    const rename = db.prepare('UPDATE attachments SET original_name = ? WHERE id = ?');
    for (const [name, id] of renames) rename.run(name, id);
    const setBlob = db.prepare('UPDATE blobs SET mime = ?, size = coalesce(?, size) WHERE sha256 = ?');
    for (const [sha256, b] of blobs) setBlob.run(b.mime, b.size, sha256);
    db.prepare('DELETE FROM blobs WHERE NOT EXISTS (SELECT 1 FROM attachments x WHERE x.sha256 = blobs.sha256)').run();
  })();
}
