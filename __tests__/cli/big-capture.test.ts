// The built CLI and action (dist/, `npm run build`) comparing captures big enough to go through
// bucket files, which they do in a worker thread of its own bundle (dist/stream-worker/index.js).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/types.js';
import { compareDirs } from '../../src/orchestrate/compare.js';
import { SPILL_BYTES } from '../../src/snapshots/spill.js';
import { ROOT } from '../helpers/shared.js';

const CLI = path.join(ROOT, 'dist/cli/index.js');
const ACTION = path.join(ROOT, 'dist/index.js');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'big-capture-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const DOCS = 40_000;
const binding = (properties: Record<string, unknown>) => ({
  recommendedName: 'orders',
  resourceConfig: { stream: 'orders' },
  documentSchema: { type: 'object', properties: { id: { type: 'integer' }, ...properties }, required: ['id'] },
  key: ['/id'],
});

/** A side's snapshot folder: its discovery, and a capture of DOCS orders (about 19 MB) written a line at a time. */
function side(name: 'baseline' | 'candidate'): string {
  const dir = path.join(work, name);
  fs.mkdirSync(dir);
  const candidate = name === 'candidate';
  const note = candidate ? {} : { note: { type: 'string' } };
  fs.writeFileSync(path.join(dir, 'discover.json'), JSON.stringify([binding({ total: { type: 'number' }, ...note })]));
  const lines = Array.from({ length: DOCS }, (_, i) => {
    // The candidate drops /note from every document, and sends one total as a string.
    const doc = { id: i, total: candidate && i === 12_345 ? '1.5' : 1.5, ...(candidate ? {} : { note: `n${i}` }), pad: 'x'.repeat(400) };
    return JSON.stringify(['acmeCo/orders', doc]);
  });
  fs.writeFileSync(path.join(dir, 'capture.json'), `[\n${lines.join(',\n')}\n]\n`);
  return dir;
}

/** What the bundles left in a temporary directory (Node 24 keeps its compile cache there too). */
const ours = (tmp: string) => fs.readdirSync(tmp).filter((n) => n.startsWith('connector-compat-'));

/** The capture findings of a report, one line each. */
const captureLines = (report: Report) =>
  report.findings.filter((f) => f.stage === 'capture').map((f) => `${f.rule} ${f.pointer}: ${f.message}`);

describe('the built bundles on captures compared through bucket files', () => {
  let baseline: string;
  let candidate: string;
  beforeAll(() => {
    for (const bundle of [CLI, ACTION]) if (!fs.existsSync(bundle)) throw new Error(`${bundle} is missing: run npm run build`);
    [baseline, candidate] = [side('baseline'), side('candidate')];
  });

  /** Runs a bundle with a temporary directory of its own; returns the process and that directory. */
  function run(args: string[], env: NodeJS.ProcessEnv = {}) {
    const tmp = fs.mkdtempSync(path.join(work, 'tmp-'));
    const r = spawnSync(process.execPath, args, { encoding: 'utf8', env: { PATH: process.env.PATH, TMPDIR: tmp, ...env } });
    return { ...r, tmp };
  }

  it('the CLI compares every document in its worker thread, as the sources do, and leaves no files', async () => {
    expect(fs.statSync(path.join(baseline, 'capture.json')).size).toBeGreaterThan(SPILL_BYTES);
    const json = path.join(work, 'report.json');
    const r = run([CLI, 'compare', baseline, candidate, '--json', json]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const report = JSON.parse(fs.readFileSync(json, 'utf8')) as Report;
    expect(captureLines(report)).toEqual([
      `capture.field.removed /note: field /note is missing from ${DOCS} of ${DOCS} matched documents, e.g. the document with key [0]`,
      `capture.value.type-changed /total: field /total changed type from number to string in 1 of ${DOCS} matched documents, e.g. the document with key [12345]`,
      `capture.schema.violation /total: 1 of ${DOCS} candidate documents are invalid under the candidate's own discovered schema at /total: must be number; the first is the document with key [12345]`,
      `capture.schema.baseline-violation /total: 1 of ${DOCS} candidate documents are invalid under the baseline's discovered schema at /total: must be number; the first is the document with key [12345]`,
    ]);
    const sources = await compareDirs({ baselineDir: baseline, candidateDir: candidate, acceptFileRequired: false, failOn: 'breaking' });
    expect(report.findings).toEqual(JSON.parse(JSON.stringify(sources.findings)));
    expect(ours(r.tmp)).toEqual([]);
  }, 60_000);

  it('the action finds the same in its worker thread, from snapshot folders', () => {
    const ws = fs.mkdtempSync(path.join(work, 'workspace-'));
    const [summary, output] = ['summary.md', 'output.txt'].map((n) => path.join(ws, n));
    for (const f of [summary, output]) fs.writeFileSync(f!, '');
    const r = run([ACTION], {
      GITHUB_WORKSPACE: ws,
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_OUTPUT: output,
      RUNNER_TEMP: path.join(ws, 'runner-temp'),
      'INPUT_BASELINE-SNAPSHOTS': baseline,
      'INPUT_CANDIDATE-SNAPSHOTS': candidate,
    });
    expect(r.status, r.stdout + r.stderr).toBe(1);
    const outputs = fs.readFileSync(output!, 'utf8');
    expect(outputs).toMatch(/^verdict<<.*\nfail\n/m);
    const json = /^report-path<<.*\n(.*)\n/m.exec(outputs)![1]!;
    const report = JSON.parse(fs.readFileSync(path.resolve(ws, json), 'utf8')) as Report;
    const cli = JSON.parse(fs.readFileSync(path.join(work, 'report.json'), 'utf8')) as Report;
    expect(captureLines(report)).toEqual(captureLines(cli));
    // Its capture findings are annotated by rule, without a line: a capture compared streamed is not read whole for lines.
    const annotations = r.stdout.split('\n').filter((l) => /^::(error|warning) /.test(l));
    expect(annotations.some((l) => l.includes('title=capture.'))).toBe(true);
    expect(annotations.filter((l) => l.includes('capture.json'))).toEqual([]);
    expect(ours(r.tmp)).toEqual([]);
  }, 60_000);
});
