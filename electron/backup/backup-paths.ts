import path from 'node:path';

// Where backups and kept damaged files live in the data folder, and how a backup is named: the local
// time it was taken (to the millisecond, so names sort by time) and its reason.

export function backupsDir(dataDir: string): string {
  return path.join(dataDir, 'backups');
}

export function damagedDir(dataDir: string): string {
  return path.join(dataDir, 'damaged');
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** 20261123-202303-123, local time. */
export function localStamp(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}-${pad(d.getMilliseconds(), 3)}`;
}

/** A reason is a short label; anything a file name cannot hold becomes _. */
export function reasonForFileName(reason: string): string {
  // eslint-disable-next-line no-control-regex -- control characters cannot be in a file name
  const cleaned = reason.replace(/[\\/:*?"<>|\u0000-\u001f.\s]/g, '_').slice(0, 20);
  return cleaned || '备份';
}

export function backupFileName(iso: string, reason: string, attempt = 0): string {
  const stamp = localStamp(new Date(new Date(iso).getTime() + attempt).toISOString());
  return `fazhi-${stamp}-${reasonForFileName(reason)}.db`;
}

/** The metadata beside a backup: same name, .json. */
export function sidecarPath(backupFile: string): string {
  return backupFile.replace(/\.db$/, '.json');
}

/** Unfinished backups are hidden temp files; they are never listed. */
export function tempPathFor(finalPath: string): string {
  return path.join(path.dirname(finalPath), `.${path.basename(finalPath)}.tmp`);
}
