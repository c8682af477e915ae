// Everything `--update` writes reads back unchanged: every real snapshot set (shared/fixtures/estuary,
// both sides of four imports) and the bundled example, read and written as `--update` writes a
// live side (normalizeSet, then writeSnapshotSet), read back with no drift and rewritten to the same bytes.
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/model/canonical.js';
import { normalizeSet } from '../../src/normalize/index.js';
import { driftFindings } from '../../src/orchestrate/drift.js';
import { readSnapshotSet } from '../../src/snapshots/read.js';
import { writeSnapshotSet } from '../../src/snapshots/write.js';
import { needsShared, ROOT, sharedPath } from '../helpers/shared.js';

const ESTUARY = ['source-hubspot', 'source-iterable', 'source-notion', 'source-zendesk-support'];
const haveShared = needsShared('snapshot round trip over the real fixtures', 'fixtures/estuary');
const dirs = [
  ...(haveShared ? ESTUARY.flatMap((c) => ['atf', 'imported'].map((side) => sharedPath('fixtures/estuary', c, side))) : []),
  path.join(ROOT, 'fixtures/source-example/.snapshots/baseline'),
  path.join(ROOT, 'fixtures/source-example/.snapshots/candidate'),
];

async function writeRead(set: Awaited<ReturnType<typeof readSnapshotSet>>) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'cc-roundtrip-'));
  const files = await writeSnapshotSet(dir, normalizeSet(set));
  const bytes = await Promise.all(files.map((f) => readFile(f, 'utf8')));
  return { dir, bytes };
}

describe('snapshot round trip', () => {
  it.each(dirs.map((d) => [path.relative(path.dirname(ROOT), d), d]))('%s reads back unchanged', async (_, dir) => {
    const original = await readSnapshotSet(dir);
    const first = await writeRead(original);
    const reread = await readSnapshotSet(first.dir);
    // Every stage survives, and holds the same thing once normalized.
    for (const stage of ['spec', 'discover', 'capture'] as const) {
      expect(reread[stage] === undefined, stage).toBe(original[stage] === undefined);
      expect(canonicalJson(normalizeSet(reread)[stage])).toBe(canonicalJson(normalizeSet(original)[stage]));
    }
    // A check against what was written finds no drift, and writing it again gives the same bytes.
    expect((await driftFindings('baseline', original, first.dir)).findings).toEqual([]);
    expect((await writeRead(reread)).bytes).toEqual(first.bytes);
  });
});
