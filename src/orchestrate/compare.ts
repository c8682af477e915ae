import path from 'node:path';
import { compareSets } from '../compare/index.js';
import type { FailOn, Report } from '../model/types.js';
import { normalizeSet } from '../normalize/index.js';
import { loadAcceptFile } from '../policy/accept-file.js';
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
}

/** A connector's name from two snapshot folders: their common parent's name (source-x/{atf,imported}). */
export function connectorNameOf(baselineDir: string, candidateDir: string): string {
  const b = path.resolve(baselineDir);
  const c = path.resolve(candidateDir);
  const parent = path.dirname(b) === path.dirname(c) ? path.dirname(b) : b;
  const name = path.basename(parent);
  return name === '.snapshots' ? path.basename(path.dirname(parent)) : name;
}

/** Offline comparison of two snapshot folders: read, normalize, compare, apply policy. */
export async function compareDirs(opts: CompareDirsOptions): Promise<Report> {
  // One side after the other: a catalog's snapshot texts are large, and two at once raise the peak memory.
  const baseline = await readSnapshotSet(opts.baselineDir, opts.labels?.baseline);
  const candidate = await readSnapshotSet(opts.candidateDir, opts.labels?.candidate);
  const accept = await loadAcceptFile(opts.acceptFile, opts.acceptFileRequired);
  const comparison = compareSets(normalizeSet(baseline), normalizeSet(candidate), { redact: accept.redact, knownConfigs: accept.knownConfigs });
  return buildReport({
    connector: opts.connector ?? connectorNameOf(opts.baselineDir, opts.candidateDir),
    sides: { baseline: { label: baseline.label }, candidate: { label: candidate.label } },
    comparison,
    accept,
    failOn: opts.failOn,
    files: { baseline: baseline.sources, candidate: candidate.sources },
  });
}
