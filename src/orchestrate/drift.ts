import { existsSync } from 'node:fs';
import { compareSets } from '../compare/index.js';
import { makeFinding } from '../compare/finding.js';
import { canonicalJson } from '../model/canonical.js';
import type { Finding, Side, SnapshotSet } from '../model/types.js';
import { normalizeSet } from '../normalize/index.js';
import { readSnapshotSet } from '../snapshots/read.js';
import { loadEngineForSets } from './engine.js';

export type DriftStatus = 'compared' | 'no-snapshots';

const SNAPSHOT_STAGES = ['spec', 'discover', 'capture'] as const;

/**
 * A comparison's message said of a committed snapshot (its "baseline") and a live run (its
 * "candidate"): "the baseline captured 2 documents, the candidate none" would name the wrong sides.
 */
export const driftWording = (message: string): string =>
  message
    .replace(/\bthe baseline's\b/g, "the committed snapshot's")
    .replace(/\bthe candidate's\b/g, "this run's")
    .replace(/\bthe baseline\b/g, 'the committed snapshot')
    .replace(/\bthe candidate\b/g, 'this run')
    .replace(/\bbaseline\b/g, 'committed')
    .replace(/\bcandidate\b/g, 'new');

/**
 * Drift: a side's live output against its committed snapshots. Each difference the comparison
 * names becomes a `drift.<side>` finding; a difference it does not name (order, annotations)
 * is still one finding, so that a committed snapshot can never silently lie.
 */
export async function driftFindings(
  side: Side,
  live: SnapshotSet,
  committedDir: string,
): Promise<{ status: DriftStatus; findings: Finding[] }> {
  if (!existsSync(committedDir)) return { status: 'no-snapshots', findings: [] };
  const committed = normalizeSet(await readSnapshotSet(committedDir, committedDir, true));
  const now = normalizeSet(live);
  const rule = side === 'baseline' ? 'drift.baseline' : 'drift.candidate';
  const origin = side === 'baseline' ? 'baseline-snapshot' : 'candidate-snapshot';
  const findings: Finding[] = [];
  await loadEngineForSets(committed, now);
  const { findings: diffs } = compareSets(committed, now, { redact: [] });
  for (const stage of SNAPSHOT_STAGES) {
    if (now[stage] === undefined) continue;
    const file = committed.sources[stage];
    if (committed[stage] === undefined) {
      findings.push(
        makeFinding({
          rule,
          stage,
          origin,
          message: `${side} ${stage}: no committed snapshot in ${committedDir}; run with mode update to write it`,
        }),
      );
      continue;
    }
    if (canonicalJson(committed[stage]) === canonicalJson(now[stage])) continue;
    const named = diffs.filter((d) => d.stage === stage);
    for (const d of named) {
      findings.push(
        makeFinding({
          rule,
          stage,
          origin,
          binding: d.binding,
          pointer: d.pointer,
          before: d.before,
          after: d.after,
          message: `${side} ${stage} differs from ${file}: ${driftWording(d.message)}`,
        }),
      );
    }
    if (named.length === 0) {
      findings.push(
        makeFinding({
          rule,
          stage,
          origin,
          message: `${side} ${stage} differs from ${file} (order or annotations); run with mode update to rewrite it`,
        }),
      );
    }
  }
  return { status: 'compared', findings };
}
