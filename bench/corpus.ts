/**
 * Runs the JSON Schema containment corpus (../shared/corpora/json-schema-containment/draft7) through
 * the batch path of `schema-subset`, in one process, and scores the answers against the corpus.
 * Run: npx tsx bench/corpus.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { answerBatch } from '../src/cli/commands/schema-subset.js';
import { loadEngine } from '../src/schema/index.js';

export const CORPUS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../shared/corpora/json-schema-containment/draft7');

/**
 * Questions whose expected answer is wrong in the corpus itself (its generator rewrote `$ref`/`$id`
 * inside `enum`/`const` data, left keywords outside the `not` it added, or negated a schema that
 * refers to its own root). Each is checked by the corpus test: the engine's answer must come with
 * evidence ajv confirms (a witness, or the one instance of A valid under B).
 */
export const ERRATA: Record<string, string> = {
  'nonvalid/ref.json#16/s1SubsetEqOfs2':
    'B negates a tree schema whose "$ref": "tree" points back to B\'s root (with the not), so the const tree is valid under B',
  'universal/id.json#1/s2SubsetEqOfs1':
    'the generator renamed $id values inside enum/const data, so the enum in the negated branch differs and an object equal to it is rejected',
  'unsatisfiable/id.json#1/s1SubsetEqOfs2': 'same renaming of $id inside enum data: A is satisfiable',
  'universal/ref.json#17/s2SubsetEqOfs1': 'the generator rewrote a {"$ref"} object inside enum data, so the two enums differ',
  'unsatisfiable/ref.json#17/s1SubsetEqOfs2': 'same rewrite inside enum data: A is satisfiable',
  'universal/items.json#6/s2SubsetEqOfs1': '"type": "array" stayed outside the added not, so null is rejected by both branches',
  'universal/ref.json#13/s2SubsetEqOfs1': '"type": "object" stayed outside the added not, so null is rejected by both branches',
};

export interface Question {
  id: string;
  a: unknown;
  b: unknown;
  expected: boolean;
}

export interface Scored extends Question {
  answer: { result: string; witness?: unknown; reason?: string };
}

export interface CorpusFigures {
  corpus_ms: number;
  answered: number;
  wrong: number;
  total: number;
  /** Answers that differ from the corpus, documented errata excluded. */
  wrongs: Scored[];
  /** Answers that differ from the corpus where the corpus is wrong (see ERRATA). */
  disputed: Scored[];
  results: Scored[];
}

function files(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.json') ? [path.join(dir, e.name)] : []))
    .sort();
}

/** Every directional question of the corpus: `s1SubsetEqOfs2` asks schema1 ⊆ schema2, `s2SubsetEqOfs1` the reverse. */
export function questions(dir = CORPUS): Question[] {
  const out: Question[] = [];
  for (const file of files(dir)) {
    const rel = path.relative(dir, file);
    for (const c of JSON.parse(fs.readFileSync(file, 'utf8')) as Array<{
      id: number;
      schema1: unknown;
      schema2: unknown;
      tests: Record<string, boolean>;
    }>) {
      if (c.tests.s1SubsetEqOfs2 !== undefined)
        out.push({ id: `${rel}#${c.id}/s1SubsetEqOfs2`, a: c.schema1, b: c.schema2, expected: c.tests.s1SubsetEqOfs2 });
      if (c.tests.s2SubsetEqOfs1 !== undefined)
        out.push({ id: `${rel}#${c.id}/s2SubsetEqOfs1`, a: c.schema2, b: c.schema1, expected: c.tests.s2SubsetEqOfs1 });
    }
  }
  return out;
}

export async function runCorpus(dir = CORPUS): Promise<CorpusFigures> {
  const qs = questions(dir);
  const jsonl = qs.map((q) => JSON.stringify({ a: q.a, b: q.b })).join('\n');
  const start = performance.now();
  await loadEngine();
  const lines = [...answerBatch(jsonl, 'corpus.jsonl')];
  const corpus_ms = Math.round(performance.now() - start);
  const results = qs.map((q, i) => ({ ...q, answer: JSON.parse(lines[i]!) as Scored['answer'] }));
  const definite = results.filter((r) => r.answer.result !== 'unknown');
  const differ = definite.filter((r) => (r.answer.result === 'subset') !== r.expected);
  const wrongs = differ.filter((r) => !(r.id in ERRATA));
  const disputed = differ.filter((r) => r.id in ERRATA);
  return { corpus_ms, answered: definite.length, wrong: wrongs.length, total: qs.length, wrongs, disputed, results };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const f = await runCorpus();
  console.log(`corpus_ms: ${f.corpus_ms} ms`);
  console.log(`total: ${f.total} questions`);
  console.log(`answered: ${f.answered} questions`);
  console.log(`answered_pct: ${((100 * f.answered) / f.total).toFixed(1)} %`);
  console.log(`wrong: ${f.wrong} questions`);
  console.log(`disputed: ${f.disputed.length} questions (corpus errata, see ERRATA)`);
  for (const w of f.wrongs)
    console.log(`# disagrees with the corpus: ${w.id} expected ${w.expected ? 'subset' : 'not-subset'}, answered ${w.answer.result}`);
}
