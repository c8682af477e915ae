import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { driftFindings } from '../../src/orchestrate/drift.js';
import { readSnapshotSet } from '../../src/snapshots/read.js';
import { ROOT } from '../helpers/shared.js';

const COMMITTED = path.join(ROOT, 'fixtures/source-example/.snapshots/baseline');

describe('drift: a live run against its committed snapshot', () => {
  it('names the two sides as the committed snapshot and this run, not as baseline and candidate', async () => {
    const live = await readSnapshotSet(COMMITTED, COMMITTED, true);
    const dropped = live.capture!.find(([c]) => c !== live.capture![0]![0])![0];
    live.capture = live.capture!.filter(([c]) => c !== dropped);
    const { status, findings } = await driftFindings('baseline', live, COMMITTED);
    expect(status).toBe('compared');
    const missing = findings.find((f) => f.binding === dropped)!;
    expect(missing.rule).toBe('drift.baseline');
    expect(missing.message).toMatch(
      new RegExp(
        `^baseline capture differs from .*capture\\.json: ${dropped}: the committed snapshot captured \\d+ documents?, this run none$`,
      ),
    );
  });
});
