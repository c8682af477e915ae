/**
 * Where things are written in a JSON text, read as they are asked for: a container's members are
 * scanned once, the first time a path goes through it, and values off the paths asked for are only
 * skipped. A file of tens of MB that a few findings point into is scanned about once, nothing of it
 * built but the members of the containers on those paths. The text must be valid JSON (the caller
 * has JSON.parse'd it).
 */

/** A member of a container: where its key (an array item: the item) and its value start. */
interface Member {
  at: number;
  value: number;
}

/** The next character that ends a literal. */
const LITERAL_END = /[,\]}\s]/g;

const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

export class JsonPositions {
  private readonly members = new Map<number, Map<string, Member>>();
  private lineStarts?: number[];
  private nextBackslash = -1;
  private searchedFrom = 0;
  /** Where the root value starts. */
  readonly root: number;

  constructor(private readonly text: string) {
    this.root = this.skipSpace(0);
  }

  private skipSpace(i: number): number {
    while (i < this.text.length && isSpace(this.text.charCodeAt(i))) i++;
    return i;
  }

  /**
   * The first backslash at or after i: found again only when i is past the last one found, or before
   * where that search started (containers are scanned out of order), not once per key.
   */
  private backslashFrom(i: number): number {
    if (this.nextBackslash < i || i < this.searchedFrom) {
      const b = this.text.indexOf('\\', i);
      this.nextBackslash = b < 0 ? Number.POSITIVE_INFINITY : b;
      this.searchedFrom = i;
    }
    return this.nextBackslash;
  }

  /** The end of the string starting at i (just past its closing quote). */
  private stringEnd(i: number): number {
    let j = i + 1;
    for (;;) {
      const q = this.text.indexOf('"', j);
      let backslashes = 0;
      while (this.text.charCodeAt(q - 1 - backslashes) === 0x5c) backslashes++;
      if (backslashes % 2 === 0) return q + 1;
      j = q + 1;
    }
  }

  /** The end of the value starting at i. */
  private valueEnd(i: number): number {
    const c = this.text.charCodeAt(i);
    if (c === 0x22) return this.stringEnd(i);
    if (c !== 0x7b && c !== 0x5b) {
      LITERAL_END.lastIndex = i;
      return LITERAL_END.exec(this.text)?.index ?? this.text.length;
    }
    let depth = 0;
    for (let j = i; ; ) {
      const d = this.text.charCodeAt(j);
      if (d === 0x22) {
        j = this.stringEnd(j);
        continue;
      }
      if (d === 0x7b || d === 0x5b) depth++;
      else if ((d === 0x7d || d === 0x5d) && --depth === 0) return j + 1;
      j++;
    }
  }

  /** The members of the object or array starting at i, by key (an array's by index), the first of equal keys kept. */
  private membersOf(i: number): Map<string, Member> {
    let found = this.members.get(i);
    if (found) return found;
    found = new Map();
    const isArray = this.text.charCodeAt(i) === 0x5b;
    let j = this.skipSpace(i + 1);
    for (let n = 0; this.text.charCodeAt(j) !== (isArray ? 0x5d : 0x7d); n++) {
      const at = j;
      let key = String(n);
      if (!isArray) {
        const end = this.stringEnd(j);
        const escaped = this.backslashFrom(j) < end;
        key = escaped ? (JSON.parse(this.text.slice(j, end)) as string) : this.text.slice(j + 1, end - 1);
        j = this.skipSpace(this.skipSpace(end) + 1);
      }
      if (!found.has(key)) found.set(key, { at, value: j });
      j = this.skipSpace(this.valueEnd(j));
      if (this.text.charCodeAt(j) === 0x2c) j = this.skipSpace(j + 1);
    }
    this.members.set(i, found);
    return found;
  }

  /** The member `step` of the value starting at i: an object's key, or an array's index; none for a scalar. */
  member(i: number, step: string | number): Member | undefined {
    const c = this.text.charCodeAt(i);
    if (c === 0x7b) return this.membersOf(i).get(String(step));
    if (c === 0x5b && Number.isInteger(Number(step))) return this.membersOf(i).get(String(Number(step)));
    return undefined;
  }

  /** The 1-based line of a character. */
  lineOf(offset: number): number {
    if (!this.lineStarts) {
      const starts = [0];
      for (let i = this.text.indexOf('\n'); i >= 0; i = this.text.indexOf('\n', i + 1)) starts.push(i + 1);
      this.lineStarts = starts;
    }
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
}
