import { rm } from 'node:fs/promises';
import path from 'node:path';
import { compareSets } from '../compare/index.js';
import type { Logger } from '../model/log.js';
import type { Endpoint, Options } from '../model/options.js';
import { failed, ran, skipped } from '../model/steps.js';
import { plural } from '../model/text.js';
import { STAGES, type Finding, type Report, type Side, type SideInfo, type SnapshotSet, type SnapshotSources } from '../model/types.js';
import { normalizeSet } from '../normalize/index.js';
import { loadAcceptFile } from '../policy/accept-file.js';
import { loadEndpointConfig, secretMasker } from '../secrets/index.js';
import { atfPatchesOfImage } from '../acquire/atf-image.js';
import { errorMessage } from '../model/errors.js';
import { readAtfPatches } from '../snapshots/atf-patches.js';
import { locateSnapshots, readSnapshotSet } from '../snapshots/read.js';
import { writeSnapshotSet } from '../snapshots/write.js';
import { driftFindings } from './drift.js';
import { loadEngineForSets } from './engine.js';
import { DockerHandle, acquireSide, runSide, type EndpointConfig, type LiveContext, type LiveSide } from './live.js';
import { runMigration } from './migration.js';
import { streamCapturesApart } from './stream-thread.js';
import { buildReport, type ReportInput } from './report.js';

export interface CheckDeps {
  log: Logger;
  /** Told every decrypted value before anything could print it (core.setSecret in the action). */
  registerSecret?: (value: string) => void;
}

const isLive = (e: Endpoint): e is Exclude<Endpoint, { kind: 'snapshots' }> => e.kind !== 'snapshots';

/** The secrets stage: the endpoint config the connectors receive, and how to mask it. */
async function endpointConfig(opts: Options, deps: CheckDeps): Promise<EndpointConfig> {
  const none = (why: string): EndpointConfig => ({ config: {}, captureSkip: why, mask: (t) => t });
  if (!opts.configFile)
    return none(`no endpoint config: ${path.join(opts.connectorDir, 'config.yaml')} does not exist (set the config input)`);
  const loaded = await loadEndpointConfig(opts.configFile, { ageKey: opts.sopsAgeKey, env: opts.env });
  if (loaded.status === 'no-key') {
    deps.log.notice(`capture and migration skipped: ${loaded.reason}`);
    return none(loaded.reason);
  }
  const secrets = loaded.secrets;
  // Connectors log their config as JSON, where a value with quotes or backslashes shows escaped.
  const forms = [...new Set(secrets.flatMap((s) => [s, JSON.stringify(s).slice(1, -1)]))];
  for (const s of forms) deps.registerSecret?.(s);
  const how = loaded.status === 'plain' ? 'not encrypted, used as it is' : 'decrypted with sops';
  deps.log.info(
    `endpoint config ${opts.configFile}: ${how}${secrets.length ? `; ${plural(secrets.length, 'secret value')} masked in all output` : ''}`,
  );
  return { config: loaded.config, mask: secretMasker(forms) };
}

/** Drops the outputs of stages the user did not ask for. */
function onlyStages(set: SnapshotSet, opts: Options): SnapshotSet {
  const out = { ...set };
  for (const stage of ['spec', 'discover', 'capture'] as const) if (!opts.stages.includes(stage)) delete out[stage];
  return out;
}

/** Both promises settled; the first rejection (baseline's first) rethrown, so that nothing is left running behind an error. */
async function both<T>(a: Promise<T>, b: Promise<T>): Promise<[T, T]> {
  const [x, y] = await Promise.allSettled([a, b]);
  if (x.status === 'rejected') throw x.reason;
  if (y.status === 'rejected') throw y.reason;
  return [x.value, y.value];
}

/** The acquire stage of both sides, before any connector runs: a missing image fails the check at once. */
async function acquireSides(opts: Options, ctx: LiveContext): Promise<Record<Side, SideInfo | undefined>> {
  const one = async (side: Side) => {
    const endpoint = opts[side];
    return isLive(endpoint) ? acquireSide(side, endpoint, ctx) : undefined;
  };
  const [baseline, candidate] = await both(one('baseline'), one('candidate'));
  return { baseline, candidate };
}

async function obtainSide(side: Side, endpoint: Endpoint, info: SideInfo | undefined, ctx: LiveContext): Promise<LiveSide> {
  if (!isLive(endpoint)) {
    ctx.log.info(`${side}: reading snapshots from ${endpoint.dir}`);
    const set = await readSnapshotSet(endpoint.dir, endpoint.label);
    return { set, info: { label: set.label, ...(set.protocol === 'airbyte' ? { protocol: 'airbyte' as const } : {}) }, errors: {} };
  }
  return runSide(side, endpoint, info!, ctx);
}

/**
 * Both sides: live ones concurrently; two snapshot folders one after the other, as a catalog's
 * snapshot texts are large and two at once raise the peak memory.
 */
async function obtainSides(opts: Options, infos: Record<Side, SideInfo | undefined>, ctx: LiveContext): Promise<[LiveSide, LiveSide]> {
  const one = (side: Side) => obtainSide(side, opts[side], infos[side], ctx);
  if (isLive(opts.baseline) || isLive(opts.candidate)) return both(one('baseline'), one('candidate'));
  const baseline = await one('baseline');
  return [baseline, await one('candidate')];
}

/** Live outputs against the committed snapshots: drift findings, or rewritten snapshots in update mode. */
async function snapshotStage(
  side: Side,
  live: LiveSide,
  opts: Options,
  deps: CheckDeps,
): Promise<{ findings: Finding[]; status: 'compared' | 'skipped' }> {
  const dir = path.join(opts.snapshotsDir, side);
  if (opts.mode === 'update') {
    // Only stages that ran to the end are written: a failed stage leaves its committed snapshot as it is.
    const written = await writeSnapshotSet(dir, normalizeSet(onlyStages(live.set, opts)));
    const shown = written.map((f) => path.relative(opts.connectorDir, f)).join(', ');
    deps.log.notice(`${side}: ${written.length > 0 ? `wrote ${shown}` : 'wrote no snapshot'}`);
    const failed = Object.keys(live.errors).filter((s) => s !== 'migration');
    if (failed.length > 0)
      deps.log.warning(
        `${side}: ${failed.join(', ')} failed: ${failed.length > 1 ? 'their snapshots are' : 'its snapshot is'} left as committed`,
      );
    return { findings: [], status: 'skipped' };
  }
  const drift = await driftFindings(side, onlyStages(live.set, opts), dir);
  if (drift.status === 'no-snapshots') deps.log.notice(`${side}: no committed snapshots in ${dir}; run with mode update to write them`);
  return { findings: drift.findings, status: drift.status === 'compared' ? 'compared' : 'skipped' };
}

/** Where a side's stages are written down: the folder it was read from, or for a live side its committed snapshots. */
async function snapshotFiles(side: Side, live: LiveSide, opts: Options): Promise<SnapshotSources> {
  if (!isLive(opts[side])) return live.set.sources;
  return locateSnapshots(path.join(opts.snapshotsDir, side)).catch(() => ({}));
}

/** The whole check: secrets, both sides (concurrently), drift, migration, comparison, policy. */
/**
 * The baseline's ATF patch files: from the atf-patches folder when given, else out of the baseline
 * image when it is an ATF image (read without running it). A failure to read them is said and skipped.
 */
async function atfPatches(opts: Options, ctx: LiveContext): Promise<ReportInput['atf']> {
  if (opts.atfPatchesDir) return readAtfPatches(opts.atfPatchesDir);
  if (opts.baseline.kind !== 'image') return undefined;
  try {
    const found = await atfPatchesOfImage(await ctx.docker.get(), opts.baseline.image);
    if (!found) return undefined;
    ctx.log.info(
      `baseline: an ATF image${found.upstream ? ` of ${found.upstream.name}${found.upstream.version ? `:${found.upstream.version}` : ''}` : ''}; its patch files are judged`,
    );
    const files = await readAtfPatches(found.dir, opts.baseline.image);
    await rm(found.dir, { recursive: true, force: true });
    return { ...files, ...(found.upstream ? { upstream: found.upstream } : {}) };
  } catch (err) {
    ctx.log.warning(`baseline: could not read ATF patch files from ${opts.baseline.image}: ${errorMessage(err)}`);
    return undefined;
  }
}

export async function runCheck(opts: Options, deps: CheckDeps): Promise<Report> {
  const accept = await loadAcceptFile(opts.acceptFile, opts.acceptFileRequired);
  const anyLive = isLive(opts.baseline) || isLive(opts.candidate);
  const config = anyLive ? await endpointConfig(opts, deps) : undefined;
  const ctx: LiveContext = {
    opts,
    log: deps.log,
    docker: new DockerHandle(),
    config: config ?? { config: {}, mask: (t) => t },
    redact: accept.redact,
  };
  const infos = await acquireSides(opts, ctx);
  const [baseline, candidate] = await obtainSides(opts, infos, ctx);
  // Loaded once the sides are there (a check that fails on its input never loads it), as far as they need it.
  await loadEngineForSets(baseline.set, candidate.set);

  const extra: Finding[] = [];
  const drift: NonNullable<Report['drift']> = { baseline: 'skipped', candidate: 'skipped' };
  for (const [side, live] of [
    ['baseline', baseline],
    ['candidate', candidate],
  ] as const) {
    if (!isLive(opts[side])) continue;
    const result = await snapshotStage(side, live, opts, deps);
    extra.push(...result.findings);
    drift[side] = result.status;
  }

  const comparison = await deps.log.group('compare baseline with candidate', async () => {
    // Streamed first: discovery takes the baseline's first documents as examples.
    const streamed = opts.stages.includes('capture')
      ? await streamCapturesApart(baseline.set, candidate.set, { redact: accept.redact, log: deps.log })
      : undefined;
    const compared = compareSets(onlyStages(normalizeSet(baseline.set), opts), onlyStages(normalizeSet(candidate.set), opts), {
      redact: accept.redact,
      knownConfigs: accept.knownConfigs,
      ...(streamed ? { samples: streamed.samples } : {}),
    });
    if (streamed) {
      for (const f of streamed.findings) compared.findings.push(f);
      compared.steps.capture = ran;
    }
    return compared;
  });
  const { steps } = comparison;
  if (config?.captureSkip) steps.capture = skipped(config.captureSkip);
  if (isLive(opts.baseline) && isLive(opts.candidate) && opts.stages.includes('migration')) {
    const migration = await deps.log.group('migration: candidate resumes from the baseline state', () =>
      runMigration(baseline, candidate, config!, opts),
    );
    extra.push(...migration.findings);
    steps.migration = migration.step;
  }
  for (const stage of STAGES) if (!opts.stages.includes(stage)) steps[stage] = skipped('not in the stages input');
  // A stage that failed on either side failed, whatever else was recorded for it.
  for (const stage of STAGES) {
    const messages = [baseline.errors[stage], candidate.errors[stage]].filter((e): e is string => Boolean(e));
    if (messages.length > 0) steps[stage] = failed(messages.join('; '));
  }

  const atf = await atfPatches(opts, ctx);
  return buildReport({
    connector: opts.connector,
    sides: { baseline: baseline.info, candidate: candidate.info },
    comparison: { ...comparison, findings: [...extra, ...comparison.findings] },
    accept,
    failOn: opts.failOn,
    files: { baseline: await snapshotFiles('baseline', baseline, opts), candidate: await snapshotFiles('candidate', candidate, opts) },
    ...(atf ? { atf } : {}),
    ...(anyLive ? { drift } : {}),
    ...(opts.mode === 'update' ? { updated: true } : {}),
  });
}
