import { readFile } from 'node:fs/promises';
import { parseDocument } from 'yaml';
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

/** Some engines' JSON errors carry no position; a YAML parse of the same text finds the place. */
function locateWithYaml(text: string): { line: number; column: number } | undefined {
  const pos = parseDocument(text).errors[0]?.linePos?.[0];
  return pos ? { line: pos.line, column: pos.col } : undefined;
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
    const where = at ? lineColumn(text, Number(at[1])) : locateWithYaml(text);
    const what = message.replace(/\s*in JSON at position \d+.*$/s, '').replace(/, "(.|\n)*" is not valid JSON$/, '').replace(/^JSON\.parse: /, '');
    throw new InputError(`${file}:${where ? `${where.line + lineOffset}:${where.column}:` : ''} invalid JSON: ${what}`);
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
