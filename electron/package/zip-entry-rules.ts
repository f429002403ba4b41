import type { ZipEntry } from './zip-directory';

// Checks on what the archive says about an entry, before a byte of it is read. A name is only ever
// compared with the names the manifest may use; these rules make a hostile archive fail loudly even so.

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

export function isSymlink(entry: ZipEntry): boolean {
  return ((entry.externalAttributes >>> 16) & S_IFMT) === S_IFLNK;
}

export function isDirectory(entry: ZipEntry): boolean {
  return entry.name.endsWith('/') && entry.size === 0;
}

/** Why a name is unsafe, or null: parent steps, absolute paths, backslashes, drive letters, control characters. */
export function unsafeName(name: string): string | null {
  if (name.length === 0) return '有一个没有名字的文件';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) return `文件名“${JSON.stringify(name).slice(1, -1)}”含有控制字符`;
  if (name.includes('\\')) return `文件名“${name}”含有反斜杠`;
  if (name.startsWith('/')) return `文件名“${name}”是绝对路径`;
  if (/^[a-zA-Z]:/.test(name)) return `文件名“${name}”带有盘符`;
  if (name.split('/').some((part) => part === '..')) return `文件名“${name}”指向上级文件夹（..）`;
  return null;
}

export function isEncrypted(entry: ZipEntry): boolean {
  return (entry.flags & 1) === 1;
}

export function isSupportedMethod(entry: ZipEntry): boolean {
  return entry.method === 0 || entry.method === 8;
}
