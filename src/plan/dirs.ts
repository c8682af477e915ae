import path from 'node:path';
import { DEFAULT_APPROVE_LABEL, DEFAULT_CAPTURE, DEFAULT_STAGES, DEFAULT_TIMEOUTS, type Options } from '../model/options.js';
import type { FailOn } from '../model/types.js';

/** What `compare` is asked: two snapshot folders, run nothing. */
export interface CompareDirsOptions {
  baselineDir: string;
  candidateDir: string;
  acceptFile?: string;
  acceptFileRequired: boolean;
  failOn: FailOn;
  connector?: string;
  /** How each side is named in the report (default: its folder). */
  labels?: { baseline: string; candidate: string };
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

/**
 * The check's one Options object for two snapshot folders: both sides are snapshots, so nothing is
 * pulled, decrypted or run, and no drift is looked for; the rest are the check's defaults.
 */
export function optionsOfDirs(opts: CompareDirsOptions): Options {
  const connectorDir = path.dirname(path.resolve(opts.baselineDir));
  return {
    connectorDir,
    connector: opts.connector ?? connectorNameOf(opts.baselineDir, opts.candidateDir),
    baseline: { kind: 'snapshots', dir: opts.baselineDir, ...(opts.labels ? { label: opts.labels.baseline } : {}) },
    candidate: { kind: 'snapshots', dir: opts.candidateDir, ...(opts.labels ? { label: opts.labels.candidate } : {}) },
    snapshotsDir: connectorDir,
    env: {},
    mode: 'check',
    stages: [...DEFAULT_STAGES],
    failOn: opts.failOn,
    ...(opts.acceptFile ? { acceptFile: opts.acceptFile } : {}),
    acceptFileRequired: opts.acceptFileRequired,
    ...(opts.atfPatchesDir ? { atfPatchesDir: opts.atfPatchesDir } : {}),
    approveLabel: DEFAULT_APPROVE_LABEL,
    comment: false,
    cacheImages: false,
    pull: 'missing',
    protocol: 'auto',
    network: 'none',
    memory: '1g',
    logLevel: 'info',
    timeouts: DEFAULT_TIMEOUTS,
    capture: DEFAULT_CAPTURE,
  };
}
