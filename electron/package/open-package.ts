import fs from 'node:fs';
import type Database from 'better-sqlite3';
import type { AppContext } from '../app-context';
import { clearInterruptedImports } from './import-journal';
import { openPackageDatabase } from './open-package-database';
import { admitPackageAttachments, referencedFiles } from './package-attachments';
import { packageRefused } from './package-error';
import type { UnpackedPackage } from './read-package';
import { unpackBlobs, unpackPackage } from './read-package';

export interface CheckedPackage {
  unpacked: UnpackedPackage;
  /** The unpacked copy of the package's database, its attachments already through the intake. */
  db: Database.Database;
}

/**
 * Everything inspect, merge and replace share, in order: the zip and its manifest checked, the
 * database unpacked, checked and opened, only the files its attachment rows name unpacked (each
 * hash-checked), and every attachment through the upload's intake. On any refusal the work folder
 * is gone and nothing in the store was touched. Files of an import that died half-way are taken back
 * first, so a retry never finds them.
 */
export async function openCheckedPackage(ctx: AppContext, zipFile: string, fileName: string): Promise<CheckedPackage> {
  clearInterruptedImports(ctx.db, ctx.dataDir);
  const unpacked = await unpackPackage(zipFile, fileName, ctx.dataDir);
  try {
    const db = openPackageDatabase(unpacked.databaseFile, fileName);
    try {
      await unpackBlobs(unpacked, referencedFiles(db));
      admitPackageAttachments(db, unpacked.blobFiles, fileName);
      return { unpacked, db };
    } catch (err) {
      db.close();
      // Tables shaped otherwise than ours (a database made by hand, with our version number on it);
      // a full disk and the like are not the package's fault and keep their own message.
      if ((err as { code?: unknown }).code === 'SQLITE_ERROR') throw packageRefused(fileName, '其中的数据文件结构与本程序的不符，数据包已损坏或被篡改。');
      throw err;
    }
  } catch (err) {
    fs.rmSync(unpacked.workDir, { recursive: true, force: true });
    throw err;
  }
}
