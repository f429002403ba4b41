// Text and attributes of the XML inside an .xlsx. Only XML's five named entities and numeric
// references are known: a workbook has no DTD (the scanner refuses one), so no entity can expand.

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function codePoint(body: string): string | null {
  const n = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
  if (!Number.isFinite(n) || n < 1 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return null;
  return String.fromCodePoint(n);
}

export function decodeXml(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&(#[xX][0-9a-fA-F]{1,8}|#\d{1,8}|[a-zA-Z]{2,4});/g, (whole, body: string) => {
    if (body[0] === '#') return codePoint(body) ?? whole;
    return Object.hasOwn(NAMED, body) ? NAMED[body]! : whole;
  });
}

/**
 * Cell text as Excel means it: in OOXML strings a character XML cannot hold (a carriage return, a
 * control character) is written _xHHHH_, and a literal "_x" as _x005F_x.
 */
export function decodeCellText(raw: string): string {
  const text = decodeXml(raw);
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The part of a qualified name after its prefix: x:row → row. */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/**
 * The attributes of a start tag's text (`c r="A1" t="s"`), by local name, values decoded. Namespace
 * declarations are left out. A malformed attribute ends the list rather than failing: the caller
 * decides what a missing attribute means.
 */
export function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  let i = 0;
  while (i < tag.length && !isSpace(tag.charCodeAt(i)) && tag[i] !== '/') i++;
  for (;;) {
    while (i < tag.length && isSpace(tag.charCodeAt(i))) i++;
    const nameStart = i;
    while (i < tag.length && tag[i] !== '=' && !isSpace(tag.charCodeAt(i)) && tag[i] !== '/') i++;
    const name = tag.slice(nameStart, i);
    if (!name) return out;
    while (i < tag.length && isSpace(tag.charCodeAt(i))) i++;
    if (tag[i] !== '=') return out;
    i++;
    while (i < tag.length && isSpace(tag.charCodeAt(i))) i++;
    const quote = tag[i];
    if (quote !== '"' && quote !== "'") return out;
    const end = tag.indexOf(quote, i + 1);
    if (end < 0) return out;
    if (name !== 'xmlns' && !name.startsWith('xmlns:')) out[localName(name)] = decodeXml(tag.slice(i + 1, end));
    i = end + 1;
  }
}
