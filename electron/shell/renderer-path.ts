import path from 'node:path';

/**
 * Maps the path of an app:// URL to a file inside the renderer folder, or null when the path could
 * reach outside it. Chromium already normalises "..", but the path is decoded here, and an encoded
 * slash or backslash would otherwise smuggle a ".." segment past that normalisation.
 */
export function resolveRendererPath(root: string, urlPathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const base = path.resolve(root);
  const rel = decoded.replace(/^\//, '');
  if (rel === '') return path.join(base, 'index.html');
  // A colon would be a drive letter or an NTFS stream; the built renderer never names a file so.
  if (rel.includes(':') || path.posix.isAbsolute(rel) || path.win32.isAbsolute(rel)) return null;
  if (rel.split(/[\\/]/).some((segment) => segment === '..')) return null;
  const full = path.resolve(base, rel);
  if (!full.startsWith(base + path.sep)) return null;
  return full;
}
