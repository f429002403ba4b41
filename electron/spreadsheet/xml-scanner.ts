import { localName } from './xml-text';

// A streaming XML tokenizer for the parts of an .xlsx: fed text chunk by chunk, it hands over start
// tags, end tags and raw text as it meets them and keeps only an unfinished tag between chunks, so
// memory does not grow with the part. It checks no nesting (the readers only look for the elements
// they know); it refuses a DOCTYPE, so no entity can be defined, and a tag longer than MAX_MARKUP.

export interface XmlHandler {
  /** A start tag: its local name and its full text (for `attributes`). A self-closing tag is followed by `close`. */
  open(name: string, tag: string): void;
  close(name: string): void;
  /** Raw text (entities not yet decoded), possibly in several pieces. */
  text(raw: string): void;
}

export class XmlMalformed extends Error {}

/** A start tag, comment or processing instruction longer than this is not from a spreadsheet program. */
const MAX_MARKUP = 1024 * 1024;

/** Index just past the `>` that ends the tag starting at `from`, skipping quoted attribute values; -1 if not in `buf` yet. */
function tagEnd(buf: string, from: number): number {
  let quote = 0;
  for (let i = from + 1; i < buf.length; i++) {
    const c = buf.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return i + 1;
  }
  return -1;
}

/** Space, tab, newlines and / end a tag's name. */
const NAME_ENDS = new Set([32, 9, 10, 13, 47]);

function delimitedEnd(buf: string, from: number, close: string): number {
  const at = buf.indexOf(close, from);
  return at < 0 ? -1 : at + close.length;
}

export class XmlScanner {
  private pending = '';

  constructor(private readonly handler: XmlHandler) {}

  write(chunk: string): void {
    // join, not +: `+` makes a rope, and reading a rope character by character is many times slower.
    const buf = this.pending ? [this.pending, chunk].join('') : chunk;
    this.pending = '';
    let i = 0;
    while (i < buf.length) {
      const lt = buf.indexOf('<', i);
      if (lt < 0) {
        this.handler.text(buf.slice(i));
        return;
      }
      if (lt > i) this.handler.text(buf.slice(i, lt));
      const end = this.markup(buf, lt);
      if (end < 0) {
        if (buf.length - lt > MAX_MARKUP) throw new XmlMalformed('markup too long');
        this.pending = buf.slice(lt);
        return;
      }
      i = end;
    }
  }

  /** The part ended: an unfinished tag means it was cut short. */
  end(): void {
    if (this.pending) throw new XmlMalformed('unfinished markup');
  }

  /** Handles the markup at `lt` and returns where it ends, or -1 when it continues in the next chunk. */
  private markup(buf: string, lt: number): number {
    const next = buf[lt + 1];
    if (next === undefined) return -1;
    if (next === '?') return delimitedEnd(buf, lt + 2, '?>');
    if (next === '!') {
      if (buf.length < lt + 9) return -1;
      if (buf.startsWith('<!--', lt)) return delimitedEnd(buf, lt + 4, '-->');
      if (buf.startsWith('<![CDATA[', lt)) {
        const end = delimitedEnd(buf, lt + 9, ']]>');
        // Text handlers expect raw text; CDATA is literal, so escape what decoding would change.
        if (end >= 0) this.handler.text(buf.slice(lt + 9, end - 3).replace(/&/g, '&amp;'));
        return end;
      }
      throw new XmlMalformed('DOCTYPE or unknown declaration');
    }
    const end = tagEnd(buf, lt);
    if (end < 0) return -1;
    if (next === '/') {
      this.handler.close(localName(buf.slice(lt + 2, end - 1).trim()));
      return end;
    }
    const tag = buf.slice(lt + 1, end - 1);
    const selfClosing = tag.endsWith('/');
    let nameEnd = 0;
    while (nameEnd < tag.length && !NAME_ENDS.has(tag.charCodeAt(nameEnd))) nameEnd++;
    const name = localName(tag.slice(0, nameEnd));
    if (!name) throw new XmlMalformed('empty tag');
    this.handler.open(name, tag);
    if (selfClosing) this.handler.close(name);
    return end;
  }
}

/** Feeds every chunk of a part to a scanner. */
export async function scanXml(chunks: AsyncIterable<string>, handler: XmlHandler, stop: () => boolean = () => false): Promise<void> {
  const scanner = new XmlScanner(handler);
  for await (const chunk of chunks) {
    scanner.write(chunk);
    if (stop()) return;
  }
  scanner.end();
}
