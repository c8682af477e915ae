import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { InputError } from '../../model/errors.js';
import { isSubset, type SubsetAnswer } from '../../schema/index.js';
import type { Command } from '../io.js';

const USAGE = 'usage: connector-compat schema-subset A.json B.json [--witness] | --batch FILE.jsonl';

async function readText(file: string, cwd: string): Promise<string> {
  try {
    return await readFile(path.resolve(cwd, file), 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot read (${code ?? String(err)})`);
  }
}

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
    const m = /^(?:"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i));
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

/** JSON.parse with the failure located as file:line:column, which is what an editor can jump to. */
export function parseJson(text: string, where: string, lineOffset = 0): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    const message = (err instanceof Error ? err.message : String(err)).split('\n')[0]!.replace(/,\s*(?:\.\.\.)?".*$|\s*(?:in JSON )?at position.*$/, '');
    const before = text.slice(0, errorOffset(text)).split('\n');
    const line = before.length + lineOffset;
    const column = before[before.length - 1]!.length + 1;
    throw new InputError(`${where}:${line}:${column}: invalid JSON (${message})`);
  }
}

/** One output line of the batch format. */
export function batchLine(answer: SubsetAnswer): string {
  if (answer.result === 'subset') return JSON.stringify({ result: 'subset' });
  if (answer.result === 'not-subset') return JSON.stringify({ result: answer.result, witness: answer.witness, reason: answer.reason });
  return JSON.stringify({ result: answer.result, reason: answer.reason });
}

/** Answers every `{"a": SCHEMA, "b": SCHEMA}` line of a JSONL text, in order; bad lines are input errors. */
export function answerBatch(text: string, file: string): string[] {
  const pairs: Array<{ a: unknown; b: unknown }> = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const value = parseJson(line, file, i);
    if (!value || typeof value !== 'object' || Array.isArray(value) || !('a' in value) || !('b' in value)) {
      throw new InputError(`${file}:${i + 1}: each line must be an object {"a": SCHEMA, "b": SCHEMA}`);
    }
    pairs.push(value as { a: unknown; b: unknown });
  });
  return pairs.map(({ a, b }) => batchLine(isSubset(a, b)));
}

export const run: Command = async (argv, io) => {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { witness: { type: 'boolean' }, batch: { type: 'string' } } });
  } catch (err) {
    throw new InputError(`${err instanceof Error ? err.message : String(err)}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.batch !== undefined) {
    if (positionals.length) throw new InputError(`--batch takes no schema files\n${USAGE}`);
    const lines = answerBatch(await readText(values.batch, io.cwd), values.batch);
    io.out(lines.map((l) => `${l}\n`).join(''));
    return 0;
  }
  if (positionals.length !== 2) throw new InputError(`expected two schema files\n${USAGE}`);
  const [a, b] = await Promise.all(positionals.map(async (f) => parseJson(await readText(f, io.cwd), f)));
  const answer = isSubset(a, b);
  io.out(`${answer.result}\n`);
  if (answer.result === 'not-subset' && values.witness) io.out(`${JSON.stringify(answer.witness)}\n`);
  if (answer.result !== 'subset') io.err(`${answer.reason}${answer.pointer !== undefined ? ` (at '${answer.pointer}')` : ''}\n`);
  return 0;
};
