import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { expect } from 'vitest';
import { VIEWER_ROOT } from '../../electron/attachments/attachment-paths';
import { cleanFileName } from '../../electron/attachments/safe-file-name';
import type { OpenApp } from '../../electron/open-app';
import { ALLOWED_FILE_TYPES } from '../../shared/domain/attachment';
import { editPackage, storedFiles } from './hostile-package';

// Hostile data packages for the registry fuzzer: attachments with names that climb out, use
// backslashes, device names, direction overrides, programs' and scripts' extensions; MIME types a
// browser would run; bytes that contradict the name; files the manifest lists that no row names.

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n');
const CONTENTS: readonly Buffer[] = [
  PDF,
  Buffer.from('<html><script>alert(document.cookie)</script></html>'),
  Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'),
  Buffer.from('@echo off\r\ndel /q *\r\n'),
  Buffer.from('整改情况说明：已全部整改。'),
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
  Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0]),
  Buffer.alloc(0),
];
const MIMES = ['text/javascript', 'text/html', 'image/svg+xml', 'application/x-msdownload', 'application/pdf', 'text/plain', '', 'application/octet-stream'];
const EXTENSIONS = ['pdf', 'PDF', 'txt', 'bat', 'exe', 'js', 'html', 'svg', 'lnk', 'cmd', 'jpg', 'png', 'docx', 'zip', 'pdf.exe', ''];

/** A name built to get out of a folder, with `marker` in it so an escaped copy can be found. */
function climbingName(marker: string): fc.Arbitrary<string> {
  const prefix = fc.constantFrom('', '../', '../../', '../../../../', '..\\..\\', '..\\..\\Users\\Public\\', '/tmp/', 'C:\\Windows\\', '\\\\server\\share\\', './', '...', 'CON.', 'nul/');
  const stem = fc.constantFrom(marker, `整改通知-${marker}`, `${marker}\u202Efdp`, ` ${marker}. `, `${marker}:stream`, `${marker}\u0000x`);
  return fc.tuple(prefix, stem, fc.constantFrom(...EXTENSIONS)).map(([p, s, ext]) => `${p}${s}${ext ? `.${ext}` : ''}`);
}

export interface HostileCase {
  attachments: { name: string; content: Buffer; mime: string }[];
  /** Files listed in the manifest that no attachment names; some with a blob row. */
  unreferenced: { bytes: Uint8Array; blobRow: boolean }[];
  /** Also lie about the MIME type and the name of the package's own, valid attachment. */
  renameOwn: string | null;
  mode: 'inspect' | 'merge' | 'replace';
}

export function hostileCase(marker: string): fc.Arbitrary<HostileCase> {
  const name = fc.oneof({ arbitrary: climbingName(marker), weight: 4 }, { arbitrary: fc.string({ minLength: 1, maxLength: 30 }), weight: 1 });
  return fc.record({
    attachments: fc.array(fc.record({ name, content: fc.constantFrom(...CONTENTS), mime: fc.constantFrom(...MIMES) }), { maxLength: 3 }),
    unreferenced: fc.array(fc.record({ bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }), blobRow: fc.boolean() }), { maxLength: 3 }),
    renameOwn: fc.option(name, { nil: null }),
    mode: fc.constantFrom('inspect' as const, 'merge' as const, 'replace' as const),
  });
}

export function buildHostilePackage(base: Uint8Array, activityId: string, c: HostileCase): Uint8Array {
  return editPackage(base, (p) => {
    if (c.renameOwn !== null) p.db.prepare("UPDATE attachments SET original_name = ?").run(c.renameOwn);
    p.db.prepare("UPDATE blobs SET mime = 'text/javascript'").run();
    for (const a of c.attachments) p.attach(activityId, a.content, a.name, a.mime);
    for (const u of c.unreferenced) {
      const sha = p.addFile(u.bytes);
      if (u.blobRow) p.db.prepare('INSERT OR IGNORE INTO blobs (sha256, size, mime, created_at) VALUES (?, ?, ?, ?)').run(sha, u.bytes.length, 'text/html', '2024-01-01');
    }
  });
}

/**
 * What every import, failed or not, must leave: each stored file was there before or is named by a
 * row (an attachment, or a conflict waiting to be settled); each row's name is already clean, of an allowed type, with our MIME type for it; and the work
 * folder is empty.
 */
export function checkStoreAfterPackage(app: OpenApp, filesBefore: readonly string[]): void {
  const db = app.ctx.db;
  // A conflict keeps the incoming entry's files for 采用导入: its stored content names them.
  const named = new Set(
    db
      .prepare(
        `SELECT sha256 FROM attachments UNION
         SELECT json_extract(x.value, '$.sha256') FROM merge_conflicts c, json_each(c.incoming, '$.attachments') x`,
      )
      .pluck()
      .all() as string[],
  );
  const before = new Set(filesBefore);
  expect(storedFiles(app.ctx.dataDir).filter((f) => !before.has(f) && !named.has(f)), 'a file no row names was stored').toEqual([]);
  const rows = db.prepare('SELECT x.original_name AS name, b.mime FROM attachments x JOIN blobs b ON b.sha256 = x.sha256').all() as { name: string; mime: string }[];
  for (const r of rows) {
    const clean = cleanFileName(r.name);
    expect(clean.name, 'a stored name was not cleaned').toBe(r.name);
    expect(ALLOWED_FILE_TYPES[clean.ext]?.mime, `“${r.name}” stored with a type not allowed, or not ours`).toBe(r.mime);
  }
  const work = path.join(app.ctx.dataDir, 'package-work');
  expect(fs.existsSync(work) ? fs.readdirSync(work) : [], 'a work folder was left').toEqual([]);
}

/** A file opened for viewing sits directly in its own folder under the viewer root. */
export function checkViewerCopy(file: string): void {
  expect(path.relative(VIEWER_ROOT, file).split(path.sep), `${file} is not inside the viewer folder`).toHaveLength(2);
}

/** Files carrying `marker` in the folders an escaping name could reach (the viewer root and above). */
export function escapedFiles(marker: string, dataDir: string): string[] {
  const places = [VIEWER_ROOT, os.tmpdir(), path.dirname(os.tmpdir()), path.dirname(dataDir), 'C:\\Windows', '/tmp'];
  return [...new Set(places)].flatMap((dir) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((n) => n.includes(marker)).map((n) => path.join(dir, n)) : []));
}
