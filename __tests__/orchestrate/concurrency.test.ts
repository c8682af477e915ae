// Both sides run at the same time: local commands that take a second each and log when they start and end.
import path from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from '../helpers/shared.js';
import { check, workspace } from './workspace.js';

const SCRIPT = path.join(ROOT, '__tests__/run/connectors/fake-connector.sh');
const timed = `echo "started $(date +%s%N)" >&2; COMPAT_FAKE_MODE=slow sh '${SCRIPT}'; echo "ended $(date +%s%N)" >&2`;

/** The [start, end] of each session a side logged, in nanoseconds. */
function sessions(stderr: string, side: string): [bigint, bigint][] {
  const at = (word: string) => [...stderr.matchAll(new RegExp(`^${side}: ${word} (\\d+)$`, 'gm'))].map((m) => BigInt(m[1]!));
  const starts = at('started');
  const ends = at('ended');
  expect(starts.length).toBeGreaterThan(0);
  expect(ends.length).toBe(starts.length);
  return starts.map((s, i) => [s, ends[i]!]);
}

it('runs the baseline and the candidate concurrently', async () => {
  const res = await check(workspace(), ['--baseline-command', timed, '--candidate-command', timed, '--stages', 'spec,discover']);
  expect(res.code, res.stderr).toBe(0);
  const baseline = sessions(res.stderr, 'baseline');
  const candidate = sessions(res.stderr, 'candidate');
  // spec then discover on each side, each over a second; the same stage overlaps with the other side's.
  expect(baseline).toHaveLength(2);
  expect(candidate).toHaveLength(2);
  for (const [i, [bStart, bEnd]] of baseline.entries()) {
    const [cStart, cEnd] = candidate[i]!;
    expect(bStart < cEnd && cStart < bEnd, `${['spec', 'discover'][i]} sessions overlap`).toBe(true);
  }
});
