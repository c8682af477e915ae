// The layout design.md and style.md ask for, checked on the sources: no import cycles, the schema
// engine used only through its index, and small files.
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from '../helpers/shared.js';

const SRC = path.join(ROOT, 'src');
const files = (dir: string): string[] =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
const sources = files(SRC);
const importsOf = (file: string): string[] =>
  [...fs.readFileSync(file, 'utf8').matchAll(/^(?:import|export)\s[^;]*?from\s+'(\.[^']+)'/gms)]
    .map((m) => path.normalize(path.join(path.dirname(file), m[1]!.replace(/\.js$/, '.ts'))))
    .filter((f) => fs.existsSync(f));

it('has no import cycle in src/', () => {
  const graph = new Map(sources.map((f) => [f, importsOf(f)]));
  const cycles: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (f: string): void => {
    state.set(f, 'open');
    stack.push(f);
    for (const d of graph.get(f) ?? []) {
      if (state.get(d) === 'open') cycles.push([...stack.slice(stack.indexOf(d)), d].map((x) => path.relative(SRC, x)).join(' -> '));
      else if (!state.has(d)) visit(d);
    }
    stack.pop();
    state.set(f, 'done');
  };
  for (const f of sources) if (!state.has(f)) visit(f);
  expect(cycles).toEqual([]);
});

it('uses the schema engine only through src/schema/index.ts from outside it', () => {
  const engine = path.join(SRC, 'schema');
  const reaching = sources
    .filter((f) => !f.startsWith(`${engine}${path.sep}`))
    .flatMap((f) =>
      importsOf(f)
        .filter((d) => d.startsWith(`${engine}${path.sep}`) && d !== path.join(engine, 'index.ts'))
        .map((d) => `${path.relative(SRC, f)} -> ${path.relative(SRC, d)}`),
    );
  expect(reaching).toEqual([]);
});

it('keeps every source file at 300 lines or fewer', () => {
  const long = sources
    .map((f) => [path.relative(SRC, f), fs.readFileSync(f, 'utf8').split('\n').length - 1] as const)
    .filter(([, n]) => n > 300);
  expect(long).toEqual([]);
});
