import path from 'node:path';
import { compareCaptureStreams } from '../compare/capture-stream.js';
import { compareSets, type Comparison } from '../compare/index.js';
import { readCapturedDocs } from '../snapshots/capture-stream.js';
import type { FailOn, Report, SnapshotSet } from '../model/types.js';
import { normalizeSet } from '../normalize/index.js';
import { loadAcceptFile } from '../policy/accept-file.js';
import { readAtfPatches } from '../snapshots/atf-patches.js';
import { readSnapshotSet } from '../snapshots/read.js';
import { buildReport } from './report.js';

export interface CompareDirsOptions {
  baselineDir: string;
  candidateDir: string;
  acceptFile?: string;
  acceptFileRequired: boolean;
  failOn: FailOn;
  connector?: string;
  /** How each side is named in the report (default: its folder). */
  labels?: { baseline: string; candidate: string };
  /** Capture files above this size are streamed (default STREAM_CAPTURE_BYTES). */
  streamCaptureBytes?: number;
  /** A folder of the baseline's ATF patch files (spec.patch.json, streams/...). */
  atfPatchesDir?: string;
}

/** Folder names of estuary's snapshot layouts, which are not the connector's name. */
const LAYOUT_FOLDERS = new Set(['.snapshots', 'snapshots', 'tests']);

/**
 * A connector's name from two snapshot folders: their common parent's name (source-x/{atf,imported}),
 * past the folders of estuary's layouts (source-x/.snapshots, source-x/tests/snapshots, source-x/snapshots).
 */
export function connectorNameOf(baselineDir: string, candidateDir: string): string {
  const b = path.resolve(baselineDir);
  const c = path.resolve(candidateDir);
  let dir = path.dirname(b) === path.dirname(c) ? path.dirname(b) : b;
  while (LAYOUT_FOLDERS.has(path.basename(dir)) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return path.basename(dir);
}

/** A capture too big to hold on either side: both are streamed from their files and profiled. */
async function streamCaptures(baseline: SnapshotSet, candidate: SnapshotSet, redact: string[], comparison: Comparison): Promise<void> {
  if (!baseline.sources.capture || !candidate.sources.capture) return;
  const findings = await compareCaptureStreams(
    { docs: readCapturedDocs(baseline.sources.capture), bindings: baseline.discover },
    { docs: readCapturedDocs(candidate.sources.capture), bindings: candidate.discover },
    { redact },
  );
  for (const f of findings) comparison.findings.push(f);
  delete comparison.skipped.capture;
}

/** Offline comparison of two snapshot folders: read, normalize, compare, apply policy. */
export async function compareDirs(opts: CompareDirsOptions): Promise<Report> {
  // One side after the other: a catalog's snapshot texts are large, and two at once raise the peak memory.
  const baseline = await readSnapshotSet(opts.baselineDir, opts.labels?.baseline, opts.streamCaptureBytes);
  const candidate = await readSnapshotSet(opts.candidateDir, opts.labels?.candidate, opts.streamCaptureBytes);
  const accept = await loadAcceptFile(opts.acceptFile, opts.acceptFileRequired);
  const atf = opts.atfPatchesDir ? await readAtfPatches(opts.atfPatchesDir) : undefined;
  const comparison = compareSets(normalizeSet(baseline), normalizeSet(candidate), {
    redact: accept.redact,
    knownConfigs: accept.knownConfigs,
  });
  if (baseline.captureStreamed || candidate.captureStreamed) await streamCaptures(baseline, candidate, accept.redact, comparison);
  return buildReport({
    connector: opts.connector ?? connectorNameOf(opts.baselineDir, opts.candidateDir),
    sides: { baseline: { label: baseline.label }, candidate: { label: candidate.label } },
    comparison,
    accept,
    failOn: opts.failOn,
    files: { baseline: baseline.sources, candidate: candidate.sources },
    ...(atf ? { atf } : {}),
  });
}
