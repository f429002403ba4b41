// HTTP headers may carry only Latin-1, and most attachment names are Chinese: RFC 6266 gives the real
// name as UTF-8 in filename*, and an ASCII stand-in in filename for very old clients.

/** encodeURIComponent leaves ' ( ) * ! unescaped; RFC 5987 attr-char does not allow them. */
function rfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function asciiFallback(name: string): string {
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? name.slice(dot).replace(/[^A-Za-z0-9.]/g, '') : '';
  const stem = (dot > 0 ? name.slice(0, dot) : name).replace(/[^\x20-\x7e]|["\\%]/g, '_');
  return `${stem}${ext}`;
}

export function contentDisposition(type: 'attachment' | 'inline', fileName: string): string {
  return `${type}; filename="${asciiFallback(fileName)}"; filename*=UTF-8''${rfc5987(fileName)}`;
}
