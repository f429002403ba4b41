import path from 'node:path';

// Where attachment files live inside the data folder. Staging sits under attachments/ so that moving a
// staged file into the store is a rename on the same disk, never a copy.

export function attachmentsDir(dataDir: string): string {
  return path.join(dataDir, 'attachments');
}

export function stagingDir(dataDir: string): string {
  return path.join(attachmentsDir(dataDir), '.staging');
}

export function thumbnailsDir(dataDir: string): string {
  return path.join(dataDir, 'thumbnails');
}

/** Content-addressed: the file's SHA-256 names it, fanned out by its first two hex digits. */
export function blobPath(dataDir: string, sha256: string): string {
  return path.join(attachmentsDir(dataDir), sha256.slice(0, 2), sha256);
}

export function thumbnailPath(dataDir: string, sha256: string): string {
  return path.join(thumbnailsDir(dataDir), `${sha256}.jpg`);
}

/** A complete staged upload, waiting for attachments.add. */
export function stagedPath(dataDir: string, stagedId: string): string {
  return path.join(stagingDir(dataDir), stagedId);
}

/** An upload still being written; never mistaken for a complete one. */
export function partPath(dataDir: string, stagedId: string): string {
  return path.join(stagingDir(dataDir), `${stagedId}.part`);
}
