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

/**
 * Parses JSON; a syntax error names the file, line and column. `lineOffset` places text that is
 * one line of a bigger file (a JSONL batch).
 */
export function parseJsonText(text: string, file: string, lineOffset = 0): unknown {
  try {
    return JSON.parse(text);
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
}

/** Reads a text file; every failure is one clear InputError line, naming it `label`. */
export async function readTextFile(file: string, label = file): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : errorMessage(err);
    throw new InputError(`${label}: cannot read: ${why}`);
  }
}

/** Reads and parses a JSON file; every failure is one clear InputError line, naming it `label`. */
export async function readJsonFile(file: string, label = file): Promise<unknown> {
  return parseJsonText(await readTextFile(file, label), label);
}
