import path from 'node:path';
import { parseArgs } from 'node:util';
import { InputError } from '../../model/errors.js';
import { isSubset, loadEngine, type SubsetAnswer } from '../../schema/index.js';
import { parseJsonText, readJsonFile, readTextFile } from '../../snapshots/json-file.js';
import type { Command } from '../io.js';
import { USAGES } from '../usage.js';

const USAGE = USAGES['schema-subset'];
const parseOptions = (args: string[]) =>
  parseArgs({ args, allowPositionals: true, options: { witness: { type: 'boolean' }, batch: { type: 'string' } } });

/** One output line of the batch format. */
export function batchLine(answer: SubsetAnswer): string {
  if (answer.result === 'subset') return JSON.stringify({ result: 'subset' });
  if (answer.result === 'not-subset') return JSON.stringify({ result: answer.result, witness: answer.witness, reason: answer.reason });
  return JSON.stringify({ result: answer.result, reason: answer.reason });
}

/**
 * Answers every `{"a": SCHEMA, "b": SCHEMA}` line of a JSONL text, in order, one at a time as they
 * are decided. Every line is read first: a bad line is an input error before any answer is given.
 */
export function* answerBatch(text: string, file: string): Generator<string> {
  const pairs: Array<{ a: unknown; b: unknown }> = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const value = parseJsonText(line, file, i);
    if (!value || typeof value !== 'object' || Array.isArray(value) || !('a' in value) || !('b' in value)) {
      throw new InputError(`${file}:${i + 1}: each line must be an object {"a": SCHEMA, "b": SCHEMA}`);
    }
    pairs.push(value as { a: unknown; b: unknown });
  });
  for (const { a, b } of pairs) yield batchLine(isSubset(a, b));
}

export const run: Command = async (argv, io) => {
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(argv);
  } catch (err) {
    throw new InputError(`${err instanceof Error ? err.message : String(err)}\nusage: ${USAGE}`);
  }
  const { values, positionals } = parsed;
  await loadEngine();
  if (values.batch !== undefined) {
    if (positionals.length) throw new InputError(`--batch takes no schema files\nusage: ${USAGE}`);
    // Streamed: each answer is written as soon as it is known, so a long batch shows progress.
    for (const line of answerBatch(await readTextFile(path.resolve(io.cwd, values.batch), values.batch), values.batch)) io.out(`${line}\n`);
    return 0;
  }
  if (positionals.length !== 2) throw new InputError(`expected two schema files\nusage: ${USAGE}`);
  const [a, b] = await Promise.all(positionals.map((f) => readJsonFile(path.resolve(io.cwd, f), f)));
  const answer = isSubset(a, b);
  io.out(`${answer.result}\n`);
  if (answer.result === 'not-subset' && values.witness) io.out(`${JSON.stringify(answer.witness)}\n`);
  if (answer.result !== 'subset') io.err(`${answer.reason}${answer.pointer !== undefined ? ` (at '${answer.pointer}')` : ''}\n`);
  return 0;
};
