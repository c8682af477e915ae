import { compareSets } from '../compare/index.js';
import { InputError } from '../model/errors.js';
import type { Logger } from '../model/log.js';
import type { Endpoint, Options } from '../model/options.js';
import { STAGES, type Report, type Side, type SideInfo, type SnapshotSet } from '../model/types.js';
import { normalizeSet } from '../normalize/index.js';
import { loadAcceptFile } from '../policy/accept-file.js';
import { readSnapshotSet } from '../snapshots/read.js';
import { buildReport } from './report.js';

export interface SideOutput {
  set: SnapshotSet;
  info: SideInfo;
}

export interface CheckDeps {
  log: Logger;
}

async function obtainSide(side: Side, endpoint: Endpoint, _opts: Options, deps: CheckDeps): Promise<SideOutput> {
  if (endpoint.kind === 'snapshots') {
    deps.log.info(`${side}: reading snapshots from ${endpoint.dir}`);
    const set = await readSnapshotSet(endpoint.dir);
    return { set, info: { label: endpoint.dir } };
  }
  throw new InputError(`${side}: live runs (${endpoint.kind}) are not available in this build; give ${side}-snapshots`);
}

/** Drops the outputs of stages the user did not ask for. */
function onlyStages(set: SnapshotSet, opts: Options): SnapshotSet {
  const out = { ...set };
  for (const stage of ['spec', 'discover', 'capture'] as const) if (!opts.stages.includes(stage)) delete out[stage];
  return out;
}

/** The whole check: obtain both sides, compare, apply policy. The caller reports. */
export async function runCheck(opts: Options, deps: CheckDeps): Promise<Report> {
  const accept = await loadAcceptFile(opts.acceptFile, opts.acceptFileRequired);
  const [baseline, candidate] = await Promise.all([
    obtainSide('baseline', opts.baseline, opts, deps),
    obtainSide('candidate', opts.candidate, opts, deps),
  ]);
  const comparison = await deps.log.group('compare baseline with candidate', async () =>
    compareSets(onlyStages(normalizeSet(baseline.set), opts), onlyStages(normalizeSet(candidate.set), opts), { redact: accept.redact }),
  );
  for (const stage of STAGES) if (!opts.stages.includes(stage)) comparison.skipped[stage] = 'not in the stages input';
  return buildReport({
    connector: opts.connector,
    sides: { baseline: baseline.info, candidate: candidate.info },
    comparison,
    accept,
    failOn: opts.failOn,
    files: { baseline: baseline.set.sources, candidate: candidate.set.sources },
  });
}
