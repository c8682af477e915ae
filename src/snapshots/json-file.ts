import { isUtf8 } from 'node:buffer';
import { readFile } from 'node:fs/promises';
import { InputError, errorMessage } from '../model/errors.js';

/** Line and column (1-based) of a character offset in text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** A JSON string, number or literal at the start of a text (JSON strings hold no raw control characters). */
const JSON_SCALAR =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what the class excludes
  /^(?:"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/;

/** Offset of the first JSON syntax error (Node's messages do not always carry a position). */
function errorOffset(text: string): number {
  let i = 0;
  const ws = () => {
    while (/\s/.test(text[i] ?? '')) i++;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      ws();
      if (text[i] === close) return void i++;
      for (;;) {
        if (c === '{') {
          ws();
          if (text[i] !== '"') throw i;
          value();
          ws();
          if (text[i++] !== ':') throw i - 1;
        }
        value();
        ws();
        if (text[i] === close) return void i++;
        if (text[i++] !== ',') throw i - 1;
      }
    }
    const m = JSON_SCALAR.exec(text.slice(i));
    if (!m) throw i;
    i += m[0].length;
  };
  try {
    value();
    ws();
    return i;
  } catch (at) {
    return typeof at === 'number' ? at : 0;
  }
}

/** Deepest nesting of arrays and objects accepted in a snapshot, schema, document or batch line. */
export const MAX_JSON_DEPTH = 1000;

/** The offset where JSON text nests deeper than `limit`, or undefined when it does not. */
function depthExceededAt(text: string, limit: number): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > limit) return i;
    } else if (c === 125 || c === 93) depth--;
  }
  return undefined;
}

/**
 * Whether a parsed value nests arrays and objects deeper than `limit` (JSON.parse itself takes any
 * depth; the code after it recurses). Walking the parsed values is half the time of scanning the text.
 */
function deeperThan(value: unknown, limit: number): boolean {
  const stack: unknown[] = [value];
  const depths: number[] = [1];
  const visit = (child: unknown, depth: number) => {
    if (child === null || typeof child !== 'object') return;
    stack.push(child);
    depths.push(depth);
  };
  while (stack.length > 0) {
    const v = stack.pop() as Record<string, unknown>;
    const depth = depths.pop()!;
    if (depth > limit) return true;
    if (Array.isArray(v)) for (let i = 0; i < v.length; i++) visit(v[i], depth + 1);
    else for (const k in v) visit(v[k], depth + 1);
  }
  return false;
}

/** Refuses JSON text nested deeper than MAX_JSON_DEPTH, in one line naming the file, the place and the limit. */
export function checkDepth(text: string, file: string, lineOffset = 0, columnOffset = 0, enclosing = 0): void {
  // `enclosing`: levels of the file around the text (an item of a capture's outer array is one level down).
  const at = depthExceededAt(text, MAX_JSON_DEPTH - enclosing);
  if (at === undefined) return;
  const where = lineColumn(text, at);
  // The text may start within a line of its file (an item of a capture): its first line is shifted.
  const column = where.line === 1 ? where.column + columnOffset : where.column;
  throw new InputError(`${file}:${where.line + lineOffset}:${column}: nested deeper than ${MAX_JSON_DEPTH} levels, the limit here`);
}

/** The offset of the first byte that is not part of a well-formed UTF-8 sequence. */
export function invalidUtf8At(buf: Buffer): number {
  for (let i = 0; i < buf.length; ) {
    const b = buf[i]!;
    const n = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (n < 0) return i;
    const start = i;
    for (let k = 1; k <= n; k++) if (((buf[start + k] ?? 0) & 0xc0) !== 0x80) return start;
    // Overlong forms, surrogates and code points past U+10FFFF are not UTF-8 either.
    const b1 = buf[start + 1] ?? 0;
    if ((b === 0xe0 && b1 < 0xa0) || (b === 0xed && b1 >= 0xa0) || (b === 0xf0 && b1 < 0x90) || (b === 0xf4 && b1 >= 0x90)) return start;
    i = start + n + 1;
  }
  return buf.length;
}

/** Text of a file's bytes, or one InputError naming the file and the byte offset when they are not UTF-8. */
export function utf8Text(buf: Buffer, label: string): string {
  if (!isUtf8(buf)) throw new InputError(`${label}: not valid UTF-8 (byte ${invalidUtf8At(buf)}): snapshots and configs must be UTF-8`);
  return buf.toString('utf8');
}

/**
 * Parses JSON; a syntax error names the file, line and column. `lineOffset` places text that is
 * one line of a bigger file (a JSONL batch). Text nested deeper than MAX_JSON_DEPTH is refused.
 */
export function parseJsonText(text: string, file: string, lineOffset = 0): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    const message = errorMessage(err);
    const at = /position (\d+)/.exec(message);
    const where = lineColumn(text, at ? Number(at[1]) : errorOffset(text));
    const what = message
      .split('\n')[0]
      .replace(/,\s*(?:\.\.\.)?".*$|\s*(?:in JSON )?at position.*$/, '')
      .replace(/^JSON\.parse: /, '');
    throw new InputError(`${file}:${where.line + lineOffset}:${where.column}: invalid JSON: ${what}`);
  }
  // The text is scanned only to name the place.
  if (value !== null && typeof value === 'object' && deeperThan(value, MAX_JSON_DEPTH)) checkDepth(text, file, lineOffset);
  return value;
}

/** Reads a text file; every failure is one clear InputError line, naming it `label`. */
export async function readTextFile(file: string, label = file): Promise<string> {
  try {
    return utf8Text(await readFile(file), label);
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : errorMessage(err);
    throw new InputError(`${label}: cannot read: ${why}`);
  }
}

/** Reads and parses a JSON file; every failure is one clear InputError line, naming it `label`. */
export async function readJsonFile(file: string, label = file): Promise<unknown> {
  return parseJsonText(await readTextFile(file, label), label);
}
