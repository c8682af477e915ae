import { ran, skipped, type Steps } from '../model/steps.js';
import type { Finding, JsonObject, SnapshotSet } from '../model/types.js';
import { pointersOf } from '../normalize/index.js';
import { compareAirbyteStreams } from './airbyte.js';
import type { CaptureOptions } from './capture.js';
import { compareCapture } from './capture-pairs.js';
import { collectionName } from './collections.js';
import { compareDiscover } from './discover.js';
import { compareSpec } from './spec.js';

export interface Comparison {
  findings: Finding[];
  /** What became of each stage: compared, or skipped with why (a live check adds its failures). */
  steps: Steps;
  /** The compared sets, for policy presets that recognize a difference by its context. */
  sets?: { baseline: SnapshotSet; candidate: SnapshotSet };
}

const missingReason = (b: SnapshotSet, a: SnapshotSet, what: 'spec' | 'discover' | 'capture'): string | undefined => {
  const missing = [!b[what] && `baseline (${b.label})`, !a[what] && `candidate (${a.label})`].filter(Boolean);
  return missing.length ? `no ${what} output for the ${missing.join(' and the ')}` : undefined;
};

/** What besides the two snapshot sets the comparison uses. */
export interface CompareContext extends CaptureOptions {
  /** Endpoint configs known to be in use (compat.yaml `known-configs`). */
  knownConfigs?: unknown[];
  /** The decrypted endpoint config of the test; judged, never shown. */
  testConfig?: unknown;
  /** Baseline documents by binding as JSON texts, as discovery's examples, when the baseline's capture is not held (streamed). */
  samples?: ReadonlyMap<string, readonly string[]>;
}

/** Compares two normalized snapshot sets, stage by stage: baseline -> candidate. */
/** Appends one by one: a spread of a catalog's 100k findings would overflow the call stack. */
function append(to: Finding[], more: readonly Finding[]): void {
  for (const f of more) to.push(f);
}

export function compareSets(baseline: SnapshotSet, candidate: SnapshotSet, opts: CompareContext): Comparison {
  const findings: Finding[] = [];
  const steps: Steps = {
    spec: ran,
    discover: ran,
    capture: ran,
    migration: skipped('migration runs only in a live check with a decrypted config'),
  };
  const pointers = pointersOf;

  const specMissing = missingReason(baseline, candidate, 'spec');
  if (specMissing) steps.spec = skipped(specMissing);
  else {
    const resourceConfigs = (baseline.discover ?? []).map((b) => ({ label: `binding ${b.recommendedName}`, value: b.resourceConfig }));
    append(
      findings,
      compareSpec(baseline.spec!, candidate.spec!, { testConfig: opts.testConfig, knownConfigs: opts.knownConfigs, resourceConfigs }),
    );
  }

  const discoverMissing = missingReason(baseline, candidate, 'discover');
  if (discoverMissing) steps.discover = skipped(discoverMissing);
  else {
    const texts = baseline.capture ? [] : [...(opts.samples ?? [])];
    const samples = new Map(texts.map(([name, list]) => [name, list.map((t) => JSON.parse(t) as JsonObject)]));
    for (const [collection, doc] of baseline.capture ?? []) {
      const name = collectionName(collection);
      const list = samples.get(name);
      if (list) list.push(doc);
      else samples.set(name, [doc]);
    }
    append(
      findings,
      compareDiscover(
        { bindings: baseline.discover!, pointers: pointers(baseline), samples },
        { bindings: candidate.discover!, pointers: pointers(candidate) },
      ),
    );
  }

  if (baseline.airbyteStreams && candidate.airbyteStreams)
    append(findings, compareAirbyteStreams(baseline.airbyteStreams, candidate.airbyteStreams));

  const captureMissing = missingReason(baseline, candidate, 'capture');
  if (captureMissing) steps.capture = skipped(captureMissing);
  else
    append(
      findings,
      compareCapture(
        { docs: baseline.capture!, bindings: baseline.discover },
        { docs: candidate.capture!, bindings: candidate.discover },
        opts,
      ),
    );

  return { findings, steps, sets: { baseline, candidate } };
}
