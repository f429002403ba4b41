import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { unzipSync, zipSync } from 'fflate';
import { tempDir } from './temp-app';

// A data package changed the way an attacker (or a broken exporter) would: rows written straight into
// the package's database, files added to the zip and listed in the manifest with their true sizes and
// hashes, so that only what a test is about is wrong.

export const sha256Of = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

export interface PackageEditor {
  db: Database.Database;
  /** Adds a file to the package (listed in the manifest, named by its hash as ours are); answers the hash. */
  addFile(bytes: Uint8Array): string;
  /** Links bytes to an entry as an attachment, with whatever name and MIME the sender claims. */
  attach(activityId: string, bytes: Uint8Array, originalName: string, mime: string): string;
}

interface Manifest {
  files: { path: string; size: number; sha256: string }[];
}

export function editPackage(zip: Uint8Array, edit: (p: PackageEditor) => void): Uint8Array {
  const files: Record<string, Uint8Array> = { ...unzipSync(zip) };
  const manifest = JSON.parse(Buffer.from(files['manifest.json']!).toString('utf8')) as Manifest;
  const dbFile = path.join(tempDir('fazhi-hostile-'), 'fazhi.db');
  fs.writeFileSync(dbFile, files['fazhi.db']!);
  const db = new Database(dbFile);
  const addFile = (bytes: Uint8Array) => {
    const sha = sha256Of(bytes);
    const name = `attachments/${sha.slice(0, 2)}/${sha}`;
    if (!files[name]) {
      files[name] = bytes;
      manifest.files.push({ path: name, size: bytes.length, sha256: sha });
    }
    return sha;
  };
  try {
    edit({
      db,
      addFile,
      attach(activityId, bytes, originalName, mime) {
        const sha = addFile(bytes);
        db.prepare('INSERT OR REPLACE INTO blobs (sha256, size, mime, created_at) VALUES (?, ?, ?, ?)').run(sha, bytes.length, mime, '2024-03-15T00:00:00.000Z');
        const position = db.prepare('SELECT coalesce(max(position), -1) + 1 FROM attachments WHERE activity_id = ?').pluck().get(activityId) as number;
        const id = randomUUID();
        db.prepare('INSERT INTO attachments (id, activity_id, sha256, kind, original_name, added_at, position) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
          id,
          activityId,
          sha,
          '其他',
          originalName,
          '2024-03-15T00:00:00.000Z',
          position,
        );
        return id;
      },
    });
  } finally {
    db.close();
  }
  const dbBytes = fs.readFileSync(dbFile);
  files['fazhi.db'] = dbBytes;
  const listed = manifest.files.find((f) => f.path === 'fazhi.db')!;
  listed.size = dbBytes.length;
  listed.sha256 = sha256Of(dbBytes);
  files['manifest.json'] = Buffer.from(JSON.stringify(manifest));
  return zipSync(files);
}

/** Every stored attachment file (by hash) in a data folder. */
export function storedFiles(dataDir: string): string[] {
  const root = path.join(dataDir, 'attachments');
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root)
    .filter((d) => /^[0-9a-f]{2}$/.test(d))
    .flatMap((d) => fs.readdirSync(path.join(root, d)))
    .sort();
}
