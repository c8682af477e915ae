// The repository's own GitHub workflow cannot run here; this checks what can be checked of it: it
// parses, names only real inputs and npm scripts, and its self-test expects what the action gives.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runAction } from '../helpers/action-run.js';
import { ROOT } from '../helpers/shared.js';

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}
interface Workflow {
  on: unknown;
  jobs: Record<string, { 'runs-on': string; steps: Step[] }>;
}

const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const workflow = parse(read('.github/workflows/ci.yml')) as Workflow;
const action = parse(read('action.yml')) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> };
const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);
const selfTest = workflow.jobs['self-test']!.steps;
const compat = selfTest.find((s) => s.uses === './')!;

describe('.github/workflows/ci.yml', () => {
  it('installs with npm ci, lints, tests and checks dist/ with npm scripts that exist', () => {
    const runs = steps.flatMap((s) => (s.run ? [s.run] : []));
    for (const cmd of ['npm ci', 'npm run lint', 'npm test', 'npm run build']) expect(runs).toContain(cmd);
    expect(runs.join('\n')).not.toMatch(/npm install(?! -)/);
    for (const m of runs.join('\n').matchAll(/npm run ([\w:-]+)/g)) expect(Object.keys(scripts)).toContain(m[1]);
  });

  it('runs the action on itself with inputs that action.yml declares and outputs it sets', () => {
    expect(Object.keys(compat.with!).every((k) => k in action.inputs)).toBe(true);
    const check = selfTest.find((s) => s.env?.VERDICT)!;
    for (const value of Object.values(check.env!)) {
      const output = /steps\.compat\.outputs\.([\w-]+)/.exec(value)?.[1];
      if (output) expect(Object.keys(action.outputs)).toContain(output);
    }
  });

  it('expects the verdict and breaking count the action gives on the bundled example', async () => {
    const check = selfTest.find((s) => s.env?.VERDICT)!;
    const expected = Object.fromEntries([...check.run!.matchAll(/test "\$(\w+)" = (\w+)/g)].map((m) => [m[1], m[2]]));
    const r = await runAction(compat.with!);
    expect(r.exitCode).toBe(expected.OUTCOME === 'failure' ? 1 : 0);
    expect(r.outputs.verdict).toBe(expected.VERDICT);
    expect(r.outputs['breaking-count']).toBe(expected.BREAKING);
  });
});
