import { compareCaptureStreams } from '../compare/capture-stream.js';
import type { Comparison } from '../compare/index.js';
import type { SnapshotSet } from '../model/types.js';
import { readCapturedDocs } from '../snapshots/capture-stream.js';

/**
 * A capture too big to hold on either side: both are streamed from their files and profiled, and
 * their findings added to the comparison; true when it ran.
 */
export async function streamCaptures(
  baseline: SnapshotSet,
  candidate: SnapshotSet,
  redact: string[],
  comparison: Comparison,
): Promise<boolean> {
  if (!baseline.captureStreamed && !candidate.captureStreamed) return false;
  if (!baseline.sources.capture || !candidate.sources.capture) return false;
  const findings = await compareCaptureStreams(
    { docs: readCapturedDocs(baseline.sources.capture), bindings: baseline.discover },
    { docs: readCapturedDocs(candidate.sources.capture), bindings: candidate.discover },
    {
      redact,
      // The compared sets name bindings by their captured collections (compare/binding-names.ts).
      onCollections: (side, names) => {
        const set = comparison.sets?.[side];
        if (set) set.capturedCollections = names;
      },
    },
  );
  for (const f of findings) comparison.findings.push(f);
  return true;
}
