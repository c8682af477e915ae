// The built CLI (dist/, `npm run build`) comparing captures big enough to go through bucket files,
// which it does in a worker thread of its own bundle (dist/stream-worker/index.js).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/types.js';
import { compareDirs } from '../../src/orchestrate/compare.js';
import { MEMORY_BYTES } from '../../src/snapshots/spill.js';
import { ROOT } from '../helpers/shared.js';

const CLI = path.join(ROOT, 'dist/cli/index.js');
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

describe('the built CLI on captures compared through bucket files', () => {
  it('compares every document in its worker thread, as the sources do, and leaves no files', async () => {
    if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build`);
    const [baseline, candidate] = [side('baseline'), side('candidate')];
    expect(fs.statSync(path.join(baseline, 'capture.json')).size).toBeGreaterThan(MEMORY_BYTES);
    const tmp = fs.mkdtempSync(path.join(work, 'tmp-'));
    const json = path.join(work, 'report.json');
    const r = spawnSync(process.execPath, [CLI, 'compare', baseline, candidate, '--json', json], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, TMPDIR: tmp },
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const report = JSON.parse(fs.readFileSync(json, 'utf8')) as Report;
    const capture = report.findings.filter((f) => f.stage === 'capture').map((f) => `${f.rule} ${f.pointer}: ${f.message}`);
    expect(capture).toEqual([
      `capture.field.removed /note: field /note is missing from ${DOCS} of ${DOCS} matched documents, e.g. the document with key [0]`,
      `capture.value.type-changed /total: field /total changed type from number to string in 1 of ${DOCS} matched documents, e.g. the document with key [12345]`,
      `capture.schema.violation /total: 1 of ${DOCS} candidate documents are invalid under the candidate's own discovered schema at /total: must be number; the first is the document with key [12345]`,
      `capture.schema.baseline-violation /total: 1 of ${DOCS} candidate documents are invalid under the baseline's discovered schema at /total: must be number; the first is the document with key [12345]`,
    ]);
    const sources = await compareDirs({ baselineDir: baseline, candidateDir: candidate, acceptFileRequired: false, failOn: 'breaking' });
    expect(report.findings).toEqual(JSON.parse(JSON.stringify(sources.findings)));
    expect(fs.readdirSync(tmp)).toEqual([]);
  }, 60_000);
});
