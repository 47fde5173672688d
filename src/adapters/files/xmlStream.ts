/**
 * A small streaming XML tokenizer for the parts of an .xlsx, fed text in chunks. It does what the
 * readers need and no more: start, end and self-closing tags with their attributes (read only when
 * asked for), text with the five predefined entities and character references decoded and line ends
 * normalised to LF, comments, processing instructions and CDATA skipped (exceljs ignores CDATA too).
 * A document type declaration is refused (an .xlsx never has one, and it is the way to an entity
 * bomb), and so is an end tag that does not close the open element: a broken part fails the read.
 *
 * Why not a library: the maintained streaming parsers were measured on the same 53 MB sheet
 * (117,590 rows, 2.7 million tags, attributes of every cell read), in one run each, against this
 * one: saxes about 2x its time, htmlparser2 (xmlMode) 1.7-2.8x, sax-wasm about 8x (its objects
 * cross the WebAssembly boundary per tag). The .xlsx target of 100,000 rows/s leaves no room for
 * that, and a sheet's XML needs only this subset.
 *
 * Element names are given without their namespace prefix (`x:row` is `row`), as some writers
 * (the Open XML SDK) prefix every element.
 */

import { fromUtf8Bytes } from './utf8Bytes';

export interface XmlTag {
  /** The element's local name, without a namespace prefix. */
  readonly name: string;
  /** The attribute's value (entities decoded), undefined when the tag does not have it. */
  attr(name: string): string | undefined;
}

export interface XmlHandlers {
  open?: (tag: XmlTag) => void;
  text?: (text: string) => void;
  close?: (name: string) => void;
}

export interface XmlStream {
  write(chunk: string): void;
  /** The end of the document: throws when an element is left open. */
  close(): void;
  /** Whether all input so far has been handled: no part of a tag or text is held back for the next chunk. */
  idle(): boolean;
}

export class XmlSyntaxError extends Error {}

/** A tag longer than this (an attribute value without its closing quote, say) is no .xlsx part. */
const MAX_TAG_CHARS = 4 * 1024 * 1024;

const ENTITY = /&(?:(lt|gt|amp|quot|apos)|#x([0-9a-fA-F]+)|#([0-9]+));/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(raw: string): string {
  if (raw.indexOf('&') === -1) return raw;
  return raw.replace(ENTITY, (whole, named: string | undefined, hex: string | undefined, dec: string | undefined) => {
    if (named) return NAMED[named];
    const code = hex ? Number.parseInt(hex, 16) : Number.parseInt(dec ?? '', 10);
    return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

function textOf(raw: string, utf8InLatin1: boolean): string {
  const text = utf8InLatin1 ? fromUtf8Bytes(raw) : raw;
  const lf = text.indexOf('\r') === -1 ? text : text.replace(/\r\n?/g, '\n');
  return decodeEntities(lf);
}

export interface XmlOptions {
  /**
   * The chunks are UTF-8 bytes, one character per byte (ZipArchive's 'utf8-as-latin1'): text and
   * attribute values are decoded from UTF-8 before they are handed on. Markup is ASCII either way.
   */
  utf8InLatin1?: boolean;
}

const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13;

/**
 * One reusable tag: the source text and where its attributes are. They are split on the first
 * `attr` call (offsets only, no strings), so a tag whose attributes nobody asks for costs nothing.
 */
class Tag implements XmlTag {
  name = '';
  src = '';
  from = 0;
  to = 0;
  private parsed = false;
  private count = 0;
  // Per attribute: name start, name end, value start, value end.
  private readonly spans: number[] = [];

  constructor(private readonly utf8InLatin1: boolean) {}

  reset(name: string, src: string, from: number, to: number): void {
    this.name = name;
    this.src = src;
    this.from = from;
    this.to = to;
    this.parsed = false;
  }

  attr(wanted: string): string | undefined {
    if (!this.parsed) this.split();
    const s = this.src;
    const spans = this.spans;
    for (let k = 0; k < this.count; k++) {
      const at = k * 4;
      const start = spans[at];
      if (spans[at + 1] - start !== wanted.length || s.charCodeAt(start) !== wanted.charCodeAt(0) || !s.startsWith(wanted, start)) continue;
      const sliced = s.slice(spans[at + 2], spans[at + 3]);
      const raw = this.utf8InLatin1 ? fromUtf8Bytes(sliced) : sliced;
      return raw.indexOf('&') === -1 ? raw : decodeEntities(raw);
    }
    return undefined;
  }

  private split(): void {
    this.parsed = true;
    this.count = 0;
    const s = this.src;
    const spans = this.spans;
    const end = this.to;
    let i = this.from;
    while (i < end) {
      while (i < end && isSpace(s.charCodeAt(i))) i++;
      const nameStart = i;
      while (i < end) {
        const c = s.charCodeAt(i);
        if (c === 61 || isSpace(c)) break;
        i++;
      }
      const nameEnd = i;
      while (i < end && isSpace(s.charCodeAt(i))) i++;
      if (i >= end || s.charCodeAt(i) !== 61) return;
      i++;
      while (i < end && isSpace(s.charCodeAt(i))) i++;
      const quote = s.charCodeAt(i);
      if (quote !== 34 && quote !== 39) return;
      const close = s.indexOf(quote === 34 ? '"' : "'", i + 1);
      if (close === -1 || close >= end) return;
      const at = this.count * 4;
      spans[at] = nameStart;
      spans[at + 1] = nameEnd;
      spans[at + 2] = i + 1;
      spans[at + 3] = close;
      this.count++;
      i = close + 1;
    }
  }
}

export function xmlEvents(handlers: XmlHandlers, options: XmlOptions = {}): XmlStream {
  const { open, text, close } = handlers;
  const utf8InLatin1 = options.utf8InLatin1 === true;
  const tag = new Tag(utf8InLatin1);
  let carry = '';
  let pendingText = '';

  const emitText = (raw: string): void => {
    if (!text || stack.length === 0) return;
    text(textOf(raw, utf8InLatin1));
  };

  // The open elements, as written (for the end tag) and by local name (for the handler).
  const stack: string[] = [];
  const names: string[] = [];
  const closeTop = (): void => {
    stack.pop();
    const name = names.pop();
    if (close && name !== undefined) close(name);
  };

  /** Handles what is complete in `buf`; returns where the unhandled rest starts. */
  const run = (buf: string): number => {
    const len = buf.length;
    let i = 0;
    while (i < len) {
      const lt = buf.indexOf('<', i);
      if (lt === -1) {
        // Text up to the end of the chunk: hand it on, but keep an entity or CR that may continue.
        let keep = buf.lastIndexOf('&');
        if (keep < i || buf.indexOf(';', keep) !== -1) keep = -1;
        if (keep === -1 && buf.charCodeAt(len - 1) === 13) keep = len - 1;
        const upTo = keep === -1 ? len : keep;
        if (upTo > i && text && stack.length > 0) pendingText += buf.slice(i, upTo);
        return upTo;
      }
      if (lt > i || pendingText) {
        const raw = pendingText + buf.slice(i, lt);
        pendingText = '';
        if (raw) emitText(raw);
      }
      if (lt + 1 >= len) return lt;
      const c1 = buf.charCodeAt(lt + 1);
      if (c1 === 47) {
        // </name>: compared in place with the open element, without cutting it out.
        const gt = buf.indexOf('>', lt + 2);
        if (gt === -1) return lt;
        let nameEnd = gt;
        while (nameEnd > lt + 2 && isSpace(buf.charCodeAt(nameEnd - 1))) nameEnd--;
        const top = stack.length > 0 ? stack[stack.length - 1] : undefined;
        if (top === undefined || nameEnd - lt - 2 !== top.length || !buf.startsWith(top, lt + 2)) {
          const written = buf.slice(lt + 2, nameEnd);
          throw new XmlSyntaxError(top === undefined ? `</${written}> zonder begin` : `</${written}> sluit <${top}> niet af`);
        }
        closeTop();
        i = gt + 1;
        continue;
      }
      if (c1 === 63) {
        const end = buf.indexOf('?>', lt + 2);
        if (end === -1) return lt;
        i = end + 2;
        continue;
      }
      if (c1 === 33) {
        if (buf.startsWith('<!--', lt)) {
          const end = buf.indexOf('-->', lt + 4);
          if (end === -1) return lt;
          i = end + 3;
          continue;
        }
        if (buf.startsWith('<![CDATA[', lt)) {
          const end = buf.indexOf(']]>', lt + 9);
          if (end === -1) return lt;
          i = end + 3;
          continue;
        }
        if (len - lt < 9) return lt;
        throw new XmlSyntaxError('een DOCTYPE-declaratie hoort niet in een werkmap');
      }
      // A start tag: its name, then its end, past quoted attribute values (they may hold '>').
      let j = lt + 1;
      while (j < len) {
        const c = buf.charCodeAt(j);
        if (c === 62 || c === 47 || isSpace(c)) break;
        j++;
      }
      const nameEnd = j;
      let gt = -1;
      while (j < len) {
        const c = buf.charCodeAt(j);
        if (c === 62) {
          gt = j;
          break;
        }
        if (c === 34 || c === 39) {
          const q = buf.indexOf(c === 34 ? '"' : "'", j + 1);
          if (q === -1) break;
          j = q;
        }
        j++;
      }
      if (gt === -1) return lt;
      if (nameEnd === lt + 1) throw new XmlSyntaxError('een tag zonder naam');
      const qname = buf.slice(lt + 1, nameEnd);
      const colon = qname.indexOf(':');
      const name = colon === -1 ? qname : qname.slice(colon + 1);
      const selfClosing = buf.charCodeAt(gt - 1) === 47;
      if (open) {
        tag.reset(name, buf, nameEnd, selfClosing ? gt - 1 : gt);
        open(tag);
      }
      if (selfClosing) {
        if (close) close(name);
      } else {
        stack.push(qname);
        names.push(name);
      }
      i = gt + 1;
    }
    return len;
  };

  return {
    write(chunk) {
      const buf = carry ? carry + chunk : chunk;
      const at = run(buf);
      carry = at >= buf.length ? '' : buf.slice(at);
      if (carry.length > MAX_TAG_CHARS) throw new XmlSyntaxError('een tag die niet eindigt');
    },
    idle: () => carry === '' && pendingText === '',
    close() {
      if (carry) {
        const rest = carry;
        carry = '';
        if (rest.indexOf('<') !== -1) throw new XmlSyntaxError('het document houdt midden in een tag op');
        if (stack.length > 0) emitText(pendingText + rest);
        pendingText = '';
      }
      if (stack.length > 0) throw new XmlSyntaxError(`<${stack[stack.length - 1]}> wordt niet afgesloten`);
    },
  };
}
