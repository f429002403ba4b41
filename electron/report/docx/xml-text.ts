// Text reaches the writer as the assembly made it (normalising is its job), but a character XML 1.0
// forbids would make Word refuse the whole file ("unreadable content"), so those go here.

// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '');
}
