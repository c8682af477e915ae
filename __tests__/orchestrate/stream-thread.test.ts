import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareCapture } from '../../src/compare/capture-pairs.js';
import { InputError } from '../../src/model/errors.js';
import { levelLogger, type Logger } from '../../src/model/log.js';
import { type ApartOptions, streamCapturesApart, worthAWorker } from '../../src/orchestrate/stream-thread.js';
import type { SnapshotSet } from '../../src/model/types.js';
import { SPILL_BYTES } from '../../src/snapshots/spill.js';
import { readSnapshotSet } from '../../src/snapshots/read.js';
import { ROOT } from '../helpers/shared.js';

const EXAMPLE = path.join(ROOT, 'fixtures/source-example/.snapshots');

/** A logger that keeps what it is told, level and line. */
function recorder(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return Object.assign(
    levelLogger((level, m) => void lines.push(`${level} ${m}`)),
    { lines },
  );
}

// The bucket folders are made in the temporary directory: this file's own, to see that none is left.
let tmp: string;
const saved = process.env.TMPDIR;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'stream-thread-'));
  process.env.TMPDIR = tmp;
});
afterAll(() => {
  if (saved === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = saved;
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** Bucket folders left in the temporary directory (tsx, running the worker's sources, keeps its cache there). */
const leftovers = () => fs.readdirSync(tmp).filter((n) => n.startsWith('connector-compat-capture-'));

async function compared(opts: Partial<ApartOptions>, dirs = [`${EXAMPLE}/baseline`, `${EXAMPLE}/candidate`]) {
  const [baseline, candidate] = await Promise.all(dirs.map((d) => readSnapshotSet(d)));
  const log = recorder();
  const result = await streamCapturesApart(baseline!, candidate!, { redact: [], log, ...opts });
  return { result, log: log.lines, collections: [baseline!.capturedCollections, candidate!.capturedCollections] };
}

/**
 * Snapshot folders of `documents` documents a side of one collection keyed by /id (`idOf`), of 600
 * characters of padding each (40,000 make 26 MB, through bucket files), the baseline's with a field more.
 */
function capturesOf(documents: number, idOf: (side: string, i: number) => number) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'captures-'));
  const binding = { recommendedName: 'users', resourceConfig: { stream: 'users' }, documentSchema: { type: 'object' }, key: ['/id'] };
  for (const side of ['baseline', 'candidate']) {
    fs.mkdirSync(path.join(dir, side));
    const docs = Array.from({ length: documents }, (_, i) =>
      JSON.stringify(['acmeCo/users', { id: idOf(side, i), pad: 'x'.repeat(600), ...(side === 'baseline' ? { gone: i } : {}) }]),
    );
    fs.writeFileSync(path.join(dir, side, 'capture.json'), `[\n${docs.join(',\n')}\n]\n`);
    fs.writeFileSync(path.join(dir, side, 'discover.json'), JSON.stringify([binding]));
  }
  return { dir, dirs: [path.join(dir, 'baseline'), path.join(dir, 'candidate')] };
}

describe('a capture comparison in a worker thread', () => {
  it('gives the findings, examples, samples, collections and log lines of the comparison in this thread', async () => {
    const here = await compared({ apart: false });
    const apart = await compared({ apart: true });
    expect(here.result!.findings.length).toBeGreaterThan(0);
    expect(apart.result).toEqual(here.result);
    expect(apart.collections).toEqual(here.collections);
    expect(apart.collections[0]!.length).toBeGreaterThan(0);
    expect(apart.log).toEqual(here.log);
    expect(apart.log).toContainEqual(expect.stringMatching(/^info capture: baseline read, \d+ documents in \d+ collections?$/));
    expect(leftovers()).toEqual([]);
  });

  it('that outgrows its heap limits is run again in this thread, with a warning, and gives the same findings', async () => {
    // 40,000 documents a side whose keys all differ: the collection is gathered whole to be paired again
    // (by place), against an old generation of 32 MB: enough for the worker to start (a heap too small
    // to start it is fatal to the process on Node 24), not to hold them.
    const { dir, dirs } = capturesOf(40_000, (side, i) => (side === 'baseline' ? i : -1 - i));
    const here = await compared({ apart: false }, dirs);
    const starved = await compared({ apart: true, limits: { maxOldGenerationSizeMb: 32, maxYoungGenerationSizeMb: 8 } }, dirs);
    expect(starved.log).toContain(
      'warning capture: the comparison outgrew the memory of its worker thread; comparing again in the main thread',
    );
    expect(here.log.filter((l) => l.startsWith('warning'))).toEqual([]);
    expect(here.result!.findings.map((f) => f.rule)).toContain('capture.field.removed');
    expect(starved.result).toEqual(here.result);
    fs.rmSync(dir, { recursive: true });
    expect(leftovers()).toEqual([]);
  });

  it('reads both captures again, through buckets only, when a key comes again after its documents were paired', async () => {
    // Flow combines a side's documents by key, the last one kept: the baseline publishes rows 0-999 again at its end.
    const { dir, dirs } = capturesOf(40_000, (side, i) => (side === 'baseline' ? i % 39_000 : i));
    const apart = await compared({ apart: true }, dirs);
    expect(apart.log).toContain('info capture: a key came again after its documents were paired; reading both captures again');
    const read = (d: string, file: string) => JSON.parse(fs.readFileSync(path.join(d, file), 'utf8'));
    const [before, after] = dirs.map((d) => ({ docs: read(d, 'capture.json'), bindings: read(d, 'discover.json') }));
    const memory = compareCapture(before!, after!, { redact: [] });
    expect(apart.result!.findings).toEqual(memory);
    // 40,000 baseline documents combined into 39,000, each paired.
    expect(memory.map((f) => f.message)).toEqual([
      'field /gone is missing from 39000 of 39000 matched documents, e.g. the document with key [0]',
    ]);
    fs.rmSync(dir, { recursive: true });
    expect(leftovers()).toEqual([]);
  });

  it('checks the IDN formats a schema names, as this thread does (the worker loads their checks only then)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'captures-'));
    const properties = { id: { type: 'integer' }, email: { type: 'string', format: 'idn-email' } };
    const binding = {
      recommendedName: 'users',
      resourceConfig: { stream: 'users' },
      documentSchema: { type: 'object', properties },
      key: ['/id'],
    };
    const dirs = ['baseline', 'candidate'].map((side) => {
      fs.mkdirSync(path.join(dir, side));
      const docs = [0, 1, 2].map((i) => ['acmeCo/users', { id: i, email: i === 1 ? 'not an address' : `u${i}@例え.jp` }]);
      fs.writeFileSync(path.join(dir, side, 'capture.json'), JSON.stringify(docs));
      fs.writeFileSync(path.join(dir, side, 'discover.json'), JSON.stringify([binding]));
      return path.join(dir, side);
    });
    const here = await compared({ apart: false }, dirs);
    const apart = await compared({ apart: true }, dirs);
    expect(apart.result!.findings).toEqual(here.result!.findings);
    expect(here.result!.findings.map((f) => f.message)).toEqual([
      expect.stringMatching(
        /^1 of 3 candidate documents are invalid under the candidate's own discovered schema at \/email: must match format "idn-email"/,
      ),
      expect.stringMatching(/^1 of 3 candidate documents are invalid under the baseline's discovered schema at \/email/),
    ]);
    fs.rmSync(dir, { recursive: true });
  });

  it('tells its progress as the comparison in this thread does: documents read, then quarters of the buckets compared', async () => {
    const { dir, dirs } = capturesOf(40_000, (_, i) => i);
    const here = await compared({ apart: false, progressEvery: 15_000 }, dirs);
    const apart = await compared({ apart: true, progressEvery: 15_000 }, dirs);
    expect(apart.log).toEqual(here.log);
    const buckets = here.log.filter((l) => l.includes('buckets of documents compared'));
    // The two captures are read side by side (compare/capture-prejoin.ts).
    expect(here.log.filter((l) => !buckets.includes(l))).toEqual([
      'info capture: candidate: 15000 documents read',
      'info capture: baseline: 15000 documents read',
      'info capture: candidate: 30000 documents read',
      'info capture: baseline: 30000 documents read',
      'info capture: baseline read, 40000 documents in 1 collection',
      'info capture: candidate read, 40000 documents in 1 collection',
    ]);
    // Files of about 1 MiB: 25 buckets, told at a quarter, a half and three quarters.
    expect(buckets).toEqual([
      'info capture: 7 of 25 buckets of documents compared',
      'info capture: 13 of 25 buckets of documents compared',
      'info capture: 19 of 25 buckets of documents compared',
    ]);
    fs.rmSync(dir, { recursive: true });
    expect(leftovers()).toEqual([]);
  });

  it('fails on an invalid capture file with the input error the comparison in this thread gives, and leaves no files', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bad-'));
    fs.copyFileSync(`${EXAMPLE}/candidate/discover.json`, path.join(dir, 'discover.json'));
    fs.writeFileSync(path.join(dir, 'capture.json'), '[["acmeCo/users", {"id": 1}],\n["acmeCo/users", {"id": 2,}]]\n');
    const dirs = [`${EXAMPLE}/baseline`, dir];
    const here = await compared({ apart: false }, dirs).catch((e: unknown) => e);
    const apart = await compared({ apart: true }, dirs).catch((e: unknown) => e);
    expect(here).toBeInstanceOf(InputError);
    expect(apart).toBeInstanceOf(InputError);
    expect((apart as Error).message).toBe((here as Error).message);
    expect((apart as Error).message).toMatch(/capture\.json: item 1: invalid JSON/);
    fs.rmSync(dir, { recursive: true });
    expect(leftovers()).toEqual([]);
  });
});

describe('the choice of a worker thread', () => {
  /** A side whose capture file has this size, with `bindings` discovered bindings of a 1 KB schema each. */
  const side = (captureBytes: number, bindings: number): SnapshotSet => ({
    label: 'side',
    sources: { capture: 'capture.json' },
    captureStreamed: true,
    captureBytes,
    discover: Array.from({ length: bindings }, (_, i) => ({
      recommendedName: `s${i}`,
      resourceConfig: { stream: `s${i}` },
      documentSchema: { type: 'object', description: 'x'.repeat(1000) },
      key: ['/id'],
    })),
  });
  const MB = 1024 * 1024;

  it('takes captures that go through bucket files and outweigh their discovery', () => {
    expect(worthAWorker(side(20 * MB, 10), side(20 * MB, 10))).toBe(true);
  });

  it('leaves captures held in memory, and a catalog whose discovery weighs a quarter of its captures or more, to this thread', () => {
    expect(worthAWorker(side(SPILL_BYTES, 1), side(SPILL_BYTES, 1))).toBe(false);
    // 2 × 3,000 schemas of about 1.1 KB: over 6 MB of discovery for 20 MB of captures.
    expect(worthAWorker(side(20 * MB, 3000), side(20 * MB, 3000))).toBe(false);
  });
});
