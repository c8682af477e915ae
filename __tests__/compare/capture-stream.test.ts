import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type BucketsFactory, memoryBuckets } from '../../src/compare/buckets.js';
import { compareCapture, compareCaptureStreams, type StreamOptions } from '../../src/compare/capture-pairs.js';
import { PairedKeyAgain } from '../../src/compare/capture-prejoin.js';
import type { Binding, CapturedDoc, Finding } from '../../src/model/types.js';
import { BUCKET_BYTES, bucketsFor, SPILL_BYTES } from '../../src/snapshots/spill.js';

const binding = (name: string, properties: Record<string, unknown>, key = ['/id']): Binding => ({
  recommendedName: name,
  resourceConfig: { stream: name },
  documentSchema: { type: 'object', properties, required: ['id'] },
  key,
});
const users = (n: number, f: (i: number) => Record<string, unknown>): CapturedDoc[] =>
  Array.from({ length: n }, (_, i) => ['acmeCo/users', { id: i, ...f(i) }]);
const byRule = (fs: Finding[], rule: string) => fs.filter((f) => f.rule === rule);

/** Twenty buckets in temporary files, as a capture of 20 MiB gets. */
const files = bucketsFor([20 * BUCKET_BYTES]);
/** Yields documents a few at a time, as a capture file is read chunk by chunk. */
async function* stream(docs: CapturedDoc[]) {
  for (let i = 0; i < docs.length; i += 7) yield { docs: docs.slice(i, i + 7) };
}
type Streamed = (
  before: CapturedDoc[],
  after: CapturedDoc[],
  opts?: Partial<StreamOptions> & { bindings?: [Binding[], Binding[]] },
) => Promise<Finding[]>;
/** compareCaptureStreams through `files`, with or without pairing in memory as both sides are read (capture-prejoin.ts). */
const streamedWith =
  (prejoin?: StreamOptions['prejoin'], buckets = files): Streamed =>
  (before, after, opts = {}) =>
    compareCaptureStreams(
      { batches: stream(before), bindings: opts.bindings?.[0] },
      { batches: stream(after), bindings: opts.bindings?.[1] },
      { redact: [], buckets, ...(prejoin ? { prejoin } : {}), ...opts },
    );
const leftovers = () => fs.readdirSync(os.tmpdir()).filter((n) => n.startsWith('connector-compat-capture-'));

describe.each([
  ['in files, read one side after the other', undefined],
  ['in files, read side by side, pairing in memory', {}],
  ['in files, read side by side, pairing in memory and spilling past 2,000 bytes waiting', { waitingBytes: 2000 }],
  ['in one bucket in memory, read side by side, spilling past 2,000 bytes waiting', { waitingBytes: 2000 }, memoryBuckets],
] as const)('capture comparison through buckets (captures of any size), %s', (_, prejoin, buckets?: BucketsFactory) => {
  const streamed = streamedWith(prejoin, buckets);

  it('finds exactly what the comparison in memory finds: same findings, same order, same examples', async () => {
    const bindings = [binding('users', { id: { type: 'integer' }, name: { type: 'string' }, age: { type: 'integer' } })];
    const before = [
      ...users(300, (i) => ({ name: `u${i}`, age: i, ...(i % 7 ? {} : { gone: true }) })),
      ['acmeCo/old', { id: 1 }] as CapturedDoc,
    ];
    const after = [
      ...users(290, (i) => ({ name: i === 200 ? 'changed' : `u${i}`, age: i % 3 ? i : String(i), extra: 1 })).reverse(),
      ['acmeCo/new', { id: 1 }] as CapturedDoc,
    ];
    const memory = compareCapture({ docs: before, bindings }, { docs: after, bindings }, { redact: [] });
    const inFiles = await streamed(before, after, { bindings: [bindings, bindings] });
    expect(inFiles).toEqual(memory);
    expect(memory.map((f) => f.rule)).toEqual([
      'capture.collection.missing',
      'capture.value.type-changed',
      'capture.field.removed',
      'capture.field.added',
      'capture.value.changed',
      'capture.document.missing',
      'capture.collection.added',
      'capture.schema.violation',
      'capture.schema.baseline-violation',
    ]);
    expect(byRule(inFiles, 'capture.value.type-changed')[0]!.message).toBe(
      'field /age changed type from integer to string in 97 of 290 matched documents, e.g. the document with key [0]',
    );
    expect(byRule(inFiles, 'capture.document.missing')[0]!.message).toBe(
      'acmeCo/users: 10 of 300 baseline documents have no candidate document with the same key /id (e.g. [290]); the candidate captured 290',
    );
    expect(leftovers()).toEqual([]);
  });

  it('compares every document, not a sample: one changed value among 5,000 is found and counted', async () => {
    const bindings = [binding('users', { id: { type: 'integer' } })];
    const before = users(5000, (i) => ({ score: i }));
    const after = users(5000, (i) => ({ score: i === 4321 ? -1 : i })).reverse();
    const findings = await streamed(before, after, { bindings: [bindings, bindings] });
    expect(findings.map((f) => [f.rule, f.pointer, f.before, f.after])).toEqual([['capture.value.changed', '/score', 4321, -1]]);
    expect(findings[0]!.message).toBe(
      'field /score has a different value in 1 of 5000 matched documents, e.g. the document with key [4321]',
    );
  });

  it("combines each side by its own key and pairs by the baseline's, even where the candidate's key differs", async () => {
    const bKey = [binding('users', { id: { type: 'integer' } })];
    const cKey = [binding('users', { id: { type: 'integer' } }, ['/_meta/row_id'])];
    // The candidate published two versions of row 3 (the last one wins); its key is a runtime row id.
    const before = users(40, (i) => ({ v: i }));
    const after: CapturedDoc[] = [
      ...users(40, (i) => ({ v: i, _meta: { row_id: i } })),
      ['acmeCo/users', { id: 3, v: 'late', _meta: { row_id: 3 } }],
    ];
    const memory = compareCapture({ docs: before, bindings: bKey }, { docs: after, bindings: cKey }, { redact: [] });
    expect(await streamed(before, after, { bindings: [bKey, cKey] })).toEqual(memory);
    expect(byRule(memory, 'capture.value.type-changed').map((f) => [f.pointer, f.after])).toEqual([['/v', 'late']]);
  });

  it("pairs by the candidate's key when the baseline's pairs nothing, and by place when no key does", async () => {
    const bKey = [binding('users', { id: { type: 'integer' } }, ['/uid'])];
    const cKey = [binding('users', { id: { type: 'integer' } })];
    const before = users(30, (i) => ({ v: i, uid: `b${i}` }));
    const after = users(30, (i) => ({ v: i === 5 ? 'five' : i, uid: `c${i}` })).reverse();
    const byCandidateKey = compareCapture({ docs: before, bindings: bKey }, { docs: after, bindings: cKey }, { redact: [] });
    expect(await streamed(before, after, { bindings: [bKey, cKey] })).toEqual(byCandidateKey);
    expect(byRule(byCandidateKey, 'capture.value.type-changed')[0]!.message).toContain('e.g. the document with key [5]');
    const noKeys = [binding('users', {}, [])];
    const byPlace = compareCapture({ docs: before, bindings: noKeys }, { docs: after, bindings: noKeys }, { redact: [] });
    expect(await streamed(before, after, { bindings: [noKeys, noKeys] })).toEqual(byPlace);
    // By place, the reversed candidate differs almost everywhere: document 24 of the baseline meets the candidate's 5.
    expect(byRule(byPlace, 'capture.value.type-changed')[0]!.message).toBe(
      'field /v changed type from integer to string in 1 of 30 matched documents',
    );
  });

  it("counts schema violations per collection and place, against both sides' schemas", async () => {
    const baseline = [binding('users', { id: { type: 'integer' }, tags: { type: 'array', items: { type: 'string' } } })];
    const candidate = [binding('users', { id: { type: 'integer' }, tags: { type: 'array', items: { type: 'integer' } } })];
    const docs = users(200, (i) => ({ tags: i % 2 ? ['a', 'b'] : [1] }));
    const findings = await streamed(docs, docs, { bindings: [baseline, candidate] });
    const own = byRule(findings, 'capture.schema.violation');
    expect(own).toHaveLength(1);
    expect(own[0]).toMatchObject({
      binding: 'acmeCo/users',
      pointer: '/tags/*',
      severity: 'breaking',
      witness: { id: 1, tags: ['a', 'b'] },
    });
    expect(own[0]!.message).toBe(
      "100 of 200 candidate documents are invalid under the candidate's own discovered schema at /tags/*: must be integer; the first is the document with key [1]",
    );
    const theirs = byRule(findings, 'capture.schema.baseline-violation');
    expect(theirs[0]!.message).toMatch(
      /^100 of 200 .* baseline's discovered schema at \/tags\/\*: must be string; the first is the document with key \[0\]$/,
    );
  });

  it('leaves redacted fields, the redaction placeholder and the runtime uuid out', async () => {
    const bindings = [binding('users', { id: { type: 'integer' }, updated: { type: 'integer' } })];
    const before = users(3, (i) => ({ updated: `t${i}`, _meta: { uuid: `a${i}` } }));
    const after = users(3, (i) => ({ updated: i, _meta: { uuid: `a${i}` } }));
    expect(await streamed(before, after, { redact: ['/updated'], bindings: [bindings, bindings] })).toEqual([]);
    const placeholders = users(3, () => ({ updated: 'redacted' }));
    expect(await streamed(placeholders, placeholders, { bindings: [bindings, bindings] })).toEqual([]);
  });

  it('removes its temporary files, also when reading a side fails', async () => {
    async function* broken() {
      yield { docs: users(10, (i) => ({ v: i })) };
      throw new Error('capture.json: item 10: invalid JSON');
    }
    await expect(
      compareCaptureStreams(
        { batches: [{ docs: users(10, () => ({})) }] },
        { batches: broken() },
        { redact: [], buckets: files, ...(prejoin ? { prejoin } : {}) },
      ),
    ).rejects.toThrow('item 10');
    expect(leftovers()).toEqual([]);
  });
});

describe('pairing in memory as both captures are read (capture-prejoin.ts)', () => {
  const bindings = [binding('users', { id: { type: 'integer' } })];
  /** `files`, counting the documents put into buckets. */
  function counted(): { buckets: BucketsFactory; puts: () => number } {
    let puts = 0;
    return {
      buckets: () => {
        const b = files();
        const put: typeof b.put = (...args) => {
          puts++;
          b.put(...args);
        };
        return { ...b, count: b.count, put };
      },
      puts: () => puts,
    };
  }

  it('compares captures in the same order without their buckets, and others through them, finding the same', async () => {
    const before = users(3000, (i) => ({ v: i }));
    const after = users(3000, (i) => ({ v: i === 1234 ? 'x' : i }));
    const memory = compareCapture({ docs: before, bindings }, { docs: after, bindings }, { redact: [] });
    expect(memory.map((f) => f.message)).toEqual([
      'field /v changed type from integer to string in 1 of 3000 matched documents, e.g. the document with key [1234]',
    ]);
    const inStep = counted();
    expect(await streamedWith({})(before, after, { bindings: [bindings, bindings], buckets: inStep.buckets })).toEqual(memory);
    expect(inStep.puts()).toBe(0);
    // Reversed, nothing meets until half of each side is read: what waits past 2,000 bytes goes to the buckets.
    const apart = counted();
    expect(
      await streamedWith({ waitingBytes: 2000 })(before, [...after].reverse(), { bindings: [bindings, bindings], buckets: apart.buckets }),
    ).toEqual(compareCapture({ docs: before, bindings }, { docs: [...after].reverse(), bindings }, { redact: [] }));
    expect(apart.puts()).toBeGreaterThan(3000);
  });

  it('combines a waiting document with a later one of its key, and gives up when a key comes again after it was paired', async () => {
    // The candidate publishes row 5 twice before the baseline's row 5 is read (the baseline goes from
    // row 19 down, 7 documents a batch): Flow keeps the last one.
    const before = users(20, (i) => ({ v: i })).reverse();
    const after: CapturedDoc[] = [['acmeCo/users', { id: 5, v: 'first' }], ...users(20, (i) => ({ v: i }))];
    const memory = compareCapture({ docs: before, bindings }, { docs: after, bindings }, { redact: [] });
    expect(memory).toEqual([]);
    expect(await streamedWith({})(before, after, { bindings: [bindings, bindings] })).toEqual(memory);
    // Row 5 again at the end of the baseline, after it was paired: only buckets can combine it.
    const late: CapturedDoc[] = [...before, ['acmeCo/users', { id: 5, v: 'late' }]];
    await expect(streamedWith({})(late, after, { bindings: [bindings, bindings] })).rejects.toThrow(PairedKeyAgain);
    expect(leftovers()).toEqual([]);
    expect(await streamedWith()(late, after, { bindings: [bindings, bindings] })).toEqual(
      compareCapture({ docs: late, bindings }, { docs: after, bindings }, { redact: [] }),
    );
  });
});

describe('buckets for a capture', () => {
  it('are one in memory for a capture up to 16 MiB and files of about 1 MiB for a bigger one', () => {
    expect(bucketsFor([0, 1000])().count).toBe(1);
    expect(bucketsFor([SPILL_BYTES])().count).toBe(1);
    expect(bucketsFor([20 * BUCKET_BYTES, BUCKET_BYTES])().count).toBe(20);
  });

  it('keep documents in files only this user can read, give them back as put, and remove them when disposed', () => {
    const buckets = files();
    const doc = { id: 1, name: 'é "quoted"', nested: { list: [1, 2] } };
    buckets.put(3, ['acmeCo/users', 0, doc, '[1]']);
    // A document given with the text it was read from is written as that text, whatever its layout.
    buckets.put(3, ['acmeCo/users', 1, { id: 2, x: null }], '["acmeCo/users", {"id": 2,\n "x": null}]');
    expect(buckets.read(3)).toEqual([
      ['acmeCo/users', 0, doc, '[1]'],
      ['acmeCo/users', 1, { id: 2, x: null }],
    ]);
    expect(buckets.read(4)).toEqual([]);
    const [dir] = leftovers();
    const where = path.join(os.tmpdir(), dir!);
    expect(fs.statSync(where).mode & 0o777).toBe(0o700);
    expect(fs.readdirSync(where).map((f) => fs.statSync(path.join(where, f)).mode & 0o777)).toEqual([0o600]);
    buckets.dispose();
    expect(leftovers()).toEqual([]);
  });
});
