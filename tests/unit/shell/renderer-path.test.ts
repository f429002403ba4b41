import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveRendererPath } from '../../../electron/shell/renderer-path';

const root = path.resolve('/srv/fazhi/renderer');

describe('resolveRendererPath (app:// path guard)', () => {
  it('maps the root to index.html and assets inside the folder', () => {
    expect(resolveRendererPath(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveRendererPath(root, '/assets/index-abc.js')).toBe(path.join(root, 'assets', 'index-abc.js'));
    expect(resolveRendererPath(root, '/assets/%E5%9B%BE.png')).toBe(path.join(root, 'assets', '图.png'));
  });

  it.each([
    ['plain ..', '/../secret.txt'],
    ['.. deeper in', '/assets/../../secret.txt'],
    ['encoded dots', '/%2e%2e/secret.txt'],
    ['encoded dots and slash', '/assets/%2e%2e%2f%2e%2e%2fsecret.txt'],
    ['encoded backslash', '/%2e%2e%5csecret.txt'],
    ['raw backslash', '/..\\secret.txt'],
  ])('refuses traversal: %s', (_name, urlPath) => {
    expect(resolveRendererPath(root, urlPath)).toBeNull();
  });

  it.each([
    ['double slash', '//etc/passwd'],
    ['encoded slash', '/%2Fetc%2Fpasswd'],
    ['drive letter', '/C:/Windows/win.ini'],
    ['drive-relative', '/C:win.ini'],
    ['UNC', '/%5C%5Cserver%5Cshare%5Cfile'],
    ['NTFS stream', '/index.html::$DATA'],
  ])('refuses absolute paths: %s', (_name, urlPath) => {
    expect(resolveRendererPath(root, urlPath)).toBeNull();
  });

  it('refuses NUL bytes and malformed escapes', () => {
    expect(resolveRendererPath(root, '/index.html%00.png')).toBeNull();
    expect(resolveRendererPath(root, '/index.html\0')).toBeNull();
    expect(resolveRendererPath(root, '/%E0%A4%A')).toBeNull();
  });
});
