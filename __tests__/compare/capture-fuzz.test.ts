import { describe, expect, it } from 'vitest';
import { Random } from '../../bench/lib/random.js';
import { type BucketsFactory, memoryBuckets } from '../../src/compare/buckets.js';
import { compareCapture, compareCaptureStreams, type StreamOptions } from '../../src/compare/capture-pairs.js';
import { PairedKeyAgain } from '../../src/compare/capture-prejoin.js';
import type { Binding, CapturedDoc, Finding, JsonObject } from '../../src/model/types.js';
import { BUCKET_BYTES, bucketsFor } from '../../src/snapshots/spill.js';

const schema = {
  type: 'object',
  properties: { id: { type: 'integer' }, v: { type: ['integer', 'null'] }, s: { type: 'string' } },
  required: ['id'],
};
const bindingsOf = (keys: Record<string, string[]>): Binding[] =>
  Object.entries(keys).map(([name, key]) => ({ recommendedName: name, resourceConfig: { stream: name }, documentSchema: schema, key }));

/** A document of a small alphabet: keys repeat (combined as Flow does), fields come and go, values change type. */
function doc(r: Random): JsonObject {
  const d: JsonObject = {};
  if (r.chance(0.95)) d.id = r.int(0, 12);
  if (r.chance(0.7)) d.v = r.pick([1, 2, null, 'x']);
  if (r.chance(0.5)) d.s = r.pick(['a', 'b', 'redacted']);
  if (r.chance(0.2)) d.nested = { k: r.pick([1, 2, [1], {}]) };
  if (r.chance(0.1)) d._meta = { uuid: `u${r.int(0, 3)}`, op: r.pick(['c', 'u']) };
  return d;
}
const capture = (r: Random): CapturedDoc[] =>
  Array.from({ length: r.int(0, 40) }, () => [r.pick(['acmeCo/a', 'acmeCo/b', 'acmeCo/c']), doc(r)] as CapturedDoc);

async function* stream(docs: CapturedDoc[], size: number) {
  for (let i = 0; i < docs.length; i += size) yield { docs: docs.slice(i, i + size) };
}

/** As the CLI compares streamed captures: pairing in memory first, through buckets only when a key came again after it was paired. */
async function streamed(
  before: CapturedDoc[],
  after: CapturedDoc[],
  bindings: [Binding[], Binding[]],
  how: Partial<StreamOptions>,
  size: number,
) {
  const { prejoin: first, ...rest } = how;
  const run = (prejoin: StreamOptions['prejoin']) =>
    compareCaptureStreams(
      { batches: stream(before, size), bindings: bindings[0] },
      { batches: stream(after, size), bindings: bindings[1] },
      { redact: ['/s'], ...rest, ...(prejoin ? { prejoin } : {}) },
    );
  try {
    return await run(first);
  } catch (err) {
    if (!(err instanceof PairedKeyAgain)) throw err;
    return run(undefined);
  }
}

const WAYS: [string, Partial<StreamOptions>][] = [
  ['files, one side after the other', { buckets: bucketsFor([3 * BUCKET_BYTES]) }],
  ['files, side by side', { buckets: bucketsFor([3 * BUCKET_BYTES]), prejoin: {} }],
  ['files, side by side, spilling past 300 bytes', { buckets: bucketsFor([3 * BUCKET_BYTES]), prejoin: { waitingBytes: 300 } }],
  ['memory, side by side, spilling past 300 bytes', { buckets: memoryBuckets as BucketsFactory, prejoin: { waitingBytes: 300 } }],
];

describe('capture comparisons of random captures', () => {
  it('find in every way of streaming what the comparison in memory finds (300 pairs of captures, keys that differ and repeat)', async () => {
    const r = new Random(7);
    for (let n = 0; n < 300; n++) {
      const keys = (): Record<string, string[]> => ({ a: ['/id'], b: r.chance(0.5) ? ['/id'] : ['/v'], c: [] });
      const bindings: [Binding[], Binding[]] = [bindingsOf(keys()), bindingsOf(keys())];
      const [before, after] = [capture(r), capture(r)];
      // Often the same documents, shuffled or changed a little, as two runs of one source give.
      if (r.chance(0.5))
        after.splice(0, after.length, ...before.map(([c, d]) => [c, r.chance(0.2) ? { ...d, v: 'changed' } : d] as CapturedDoc));
      const memory: Finding[] = compareCapture(
        { docs: before, bindings: bindings[0] },
        { docs: after, bindings: bindings[1] },
        { redact: ['/s'] },
      );
      for (const [way, how] of WAYS) {
        const got = await streamed(before, after, bindings, how, r.int(1, 9));
        expect(got, `${way}: ${JSON.stringify({ before, after, bindings: bindings.map((b) => b.map((x) => x.key)) })}`).toEqual(memory);
      }
    }
  });
});
