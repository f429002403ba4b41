import fs from 'node:fs';
import type { AllowedFileType } from '../../shared/domain/attachment';
import { allowedTypeFor, checkFileContent, HEAD_BYTES } from './file-signatures';
import { IntakeRefusal } from './intake-refusal';
import { cleanFileName } from './safe-file-name';

// The one intake for every file that becomes evidence, whatever brought it (an upload, a data
// package merged or replacing the store, a later client): the name is cleaned of path parts and
// everything Windows or a reader could misread, its extension must be on the allow-list, the leading
// bytes must agree with it, and the MIME type is the allow-list's for that type. What a sender says
// the type is is never kept. The same check runs again before a stored file is served or opened, so
// rows written before this intake existed are held to it too.

export interface AdmittedFile {
  /** The cleaned name, the only one ever stored, shown or used to save the file back out. */
  name: string;
  /** Lower case, without the dot. */
  ext: string;
  type: AllowedFileType;
}

/** The name alone (a file not yet received, or one a package names but does not carry). */
export function admitName(rawName: string): AdmittedFile {
  const { name, ext } = cleanFileName(rawName);
  return { name, ext, type: allowedTypeFor(name, ext) };
}

/** The name and the file's first HEAD_BYTES bytes. Throws an IntakeRefusal (upload wording). */
export function admitFile(rawName: string, head: Buffer): AdmittedFile {
  const admitted = admitName(rawName);
  checkFileContent(admitted.name, admitted.ext, head);
  return admitted;
}

export function readHeadSync(file: string): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(HEAD_BYTES);
    const read = fs.readSync(fd, buf, 0, HEAD_BYTES, 0);
    return buf.subarray(0, read);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * A stored file judged again by its stored name and its bytes, for serving and opening: null when it
 * would not pass the intake today (a program, a script, bytes that contradict the name).
 */
export function admittedStoredFile(storedName: string, file: string): AdmittedFile | null {
  try {
    return admitFile(storedName, readHeadSync(file));
  } catch (err) {
    if (err instanceof IntakeRefusal) return null;
    throw err;
  }
}
