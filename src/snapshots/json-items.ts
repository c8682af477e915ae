import { InputError } from '../model/errors.js';

const WS = new Set([0x20, 0x0a, 0x0d, 0x09, 0xfeff]);
const [QUOTE, COMMA] = [0x22, 0x2c];
// Compared directly rather than looked up in sets: this runs once per character of a capture.
const isOpen = (c: number) => c === 0x5b || c === 0x7b;
const isClose = (c: number) => c === 0x5d || c === 0x7d;
const MAX_MISSES = 16;

/**
 * Splits JSON text that arrives in chunks into the texts of its items, without holding more than
 * one item: the elements of one top-level array of containers (`[[c, doc], ...]`, our capture
 * snapshots), or a sequence of top-level containers (JSON lines, as `flowctl preview` prints).
 * Items must be arrays or objects; the caller parses each.
 */
export class JsonItemSplitter {
  /** 'array': inside one outer array, items one level down; 'lines': items at the top. */
  private mode: 'unknown' | 'array' | 'lines' | 'done' = 'unknown';
  private head = '';
  private depth = 0;
  private inString = false;
  private escaped = false;
  private needComma = false;
  private parts: string[] = [];
  private inItem = false;
  private offset = 0;
  /** Nesting reached within the current item, so that only a deep item has its depth checked again. */
  private itemDepth = 0;
  /** For each item the last push returned: whether it nests deeper than `deepAt`. */
  readonly deep: boolean[] = [];
  /** For each item the last push returned: the character of the whole text it starts at. */
  readonly starts: number[] = [];
  /** For each item the last push returned: its parsed value when a whole line was parsed at once (else undefined). */
  readonly values: unknown[] = [];
  private itemStart = 0;
  /** Lines that looked like an item but did not parse (a pretty-printed file): past a few, only the scan is used. */
  private misses = 0;
  /** Items found so far: after one, a comma with no item after it is JSON's trailing comma, which it refuses. */
  private items = 0;

  /** `deepAt`: the nesting from which an item is marked deep (the caller then checks it exactly). */
  constructor(
    private readonly file: string,
    private readonly deepAt = Number.POSITIVE_INFINITY,
  ) {}

  /** `at`: the character of the current chunk it is about; the end of the text read so far without. */
  private fail(what: string, at = 0): never {
    throw new InputError(
      `${this.file}: not a capture (a JSON array of [collection, document] pairs, or one pair per line): ${what} near character ${this.offset + at}`,
    );
  }

  /** Feeds a chunk; returns the texts of the items it completes. */
  push(chunk: string): string[] {
    if (this.mode === 'unknown') {
      // The first two significant characters tell an array of pairs (`[[`) from lines (`["`, `{`).
      this.head += chunk;
      const sig = this.head.replace(/^[\s\ufeff]+/, '');
      if (sig.length === 0 || (sig[0] === '[' && sig.slice(1).trimStart().length === 0)) return [];
      const outer = sig[0] === '[' && /^[[\]]/.test(sig.slice(1).trimStart());
      this.mode = outer ? 'array' : 'lines';
      chunk = this.head;
      this.head = '';
      if (outer) this.depth = -1;
    }
    const items: string[] = [];
    this.deep.length = 0;
    this.starts.length = 0;
    this.values.length = 0;
    // Where items start: one level down in an open array; at the top in lines, or once the array closed (then nothing may follow).
    let level = this.mode === 'array' ? 1 : 0;
    let start = this.inItem ? 0 : -1;
    let i = 0;
    const n = chunk.length;
    let bs = -1;
    while (i < n) {
      if (this.inString) {
        if (this.escaped) {
          this.escaped = false;
          i++;
          continue;
        }
        const q = chunk.indexOf('"', i);
        // The next backslash of the chunk, found once per backslash rather than once per string.
        if (bs < i) {
          bs = chunk.indexOf('\\', i);
          if (bs === -1) bs = n;
        }
        if (bs < n && (q === -1 || bs < q)) {
          // An escape before the closing quote: skip the escaped character and look again.
          i = bs + 1;
          this.escaped = true;
          continue;
        }
        if (q === -1) break;
        this.inString = false;
        i = q + 1;
        continue;
      }
      if (!this.inItem && this.depth === level && !this.needComma && this.mode !== 'done' && this.misses < MAX_MISSES) {
        const next = this.wholeLine(chunk, i, items);
        if (next >= 0) {
          i = next;
          continue;
        }
      }
      const c = chunk.charCodeAt(i);
      if (this.inItem && c !== QUOTE && !isOpen(c) && !isClose(c)) {
        // Numbers, literals, commas, colons and blanks inside an item: nothing to track.
        i++;
        continue;
      }
      if (c === QUOTE) {
        if (!this.inItem) this.fail('a string outside any item', i);
        this.inString = true;
      } else if (isOpen(c)) {
        if (this.depth === -1) this.depth = 0;
        else if (this.depth === level) {
          if (this.mode === 'done') this.fail('text after the end of the array', i);
          if (this.needComma) this.fail('a missing comma between items', i);
          this.inItem = true;
          this.itemDepth = 0;
          start = i;
          this.itemStart = this.offset + i;
        }
        this.depth++;
        if (this.depth - level > this.itemDepth) this.itemDepth = this.depth - level;
      } else if (isClose(c)) {
        this.depth--;
        if (this.depth === level && this.inItem) {
          this.parts.push(chunk.slice(start, i + 1));
          this.found(items, this.parts.join(''), this.itemDepth >= this.deepAt, this.itemStart, undefined);
          this.parts = [];
          this.inItem = false;
          this.needComma = this.mode === 'array';
        } else if (this.depth === 0 && this.mode === 'array') {
          if (this.items > 0 && !this.needComma) this.fail('a comma before the closing bracket', i);
          this.mode = 'done';
          level = 0;
        } else if (this.depth < 0) this.fail('an unbalanced bracket', i);
      } else if (!this.inItem && !WS.has(c)) {
        if (c === COMMA && this.needComma) this.needComma = false;
        else this.fail(this.mode === 'done' ? 'text after the end of the array' : 'an item that is not an array or object', i);
      }
      i++;
    }
    if (this.inItem) this.parts.push(chunk.slice(start));
    this.offset += chunk.length;
    return items;
  }

  private found(items: string[], text: string, deep: boolean, start: number, value: unknown): void {
    this.items++;
    items.push(text);
    this.deep.push(deep);
    this.starts.push(start);
    this.values.push(value);
  }

  /**
   * Where an item can start, the line from `i` when it holds exactly one item (blanks, the item,
   * in an outer array its comma): the item is taken with its parsed value, and the place after the
   * line returned. Else -1, and the scan goes on from `i`. A line that JSON.parse reads whole as an
   * array or object is the item the scan would find there (a JSON string holds no raw newline);
   * one shorter than twice `deepAt` cannot nest `deepAt` deep. Most captures are a document per line.
   */
  private wholeLine(chunk: string, i: number, items: string[]): number {
    let p = i;
    while (WS.has(chunk.charCodeAt(p))) p++;
    if (!isOpen(chunk.charCodeAt(p))) return -1;
    const nl = chunk.indexOf('\n', p);
    if (nl < 0) return -1;
    let e = nl;
    while (WS.has(chunk.charCodeAt(e - 1))) e--;
    const comma = this.mode === 'array' && chunk.charCodeAt(e - 1) === COMMA;
    if (comma) {
      e--;
      while (WS.has(chunk.charCodeAt(e - 1))) e--;
    }
    if (!isClose(chunk.charCodeAt(e - 1)) || e - p >= 2 * this.deepAt) return -1;
    const text = chunk.slice(p, e);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      this.misses++;
      return -1;
    }
    this.found(items, text, false, this.offset + p, value);
    this.needComma = this.mode === 'array' && !comma;
    return nl + 1;
  }

  /** Levels of the text around each item: one inside an outer array, none for JSON lines. */
  get enclosing(): number {
    return this.mode === 'array' || this.mode === 'done' ? 1 : 0;
  }

  /** Checks that the text ended where an item could end. */
  end(): void {
    if (this.mode === 'unknown' && this.head.trim() !== '') this.fail('an unfinished array');
    if (this.inItem || this.inString) this.fail('an unfinished item');
    if (this.mode === 'array') this.fail('an array without its closing bracket');
  }
}
