import { existsSync } from 'node:fs';
import path from 'node:path';
import { defaultImages } from '../acquire/defaults.js';
import { testFlowBindings } from './test-flow.js';
import { InputError } from '../model/errors.js';
import {
  DEFAULT_APPROVE_LABEL,
  DEFAULT_CAPTURE,
  DEFAULT_STAGES,
  DEFAULT_TIMEOUTS,
  type ConnectorProtocol,
  type Endpoint,
  type Options,
  type PullPolicy,
} from '../model/options.js';
import { STAGES, type FailOn, type Stage } from '../model/types.js';
import type { InputName } from '../model/input-names.js';

export type InputGetter = (name: InputName) => string | undefined;

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  const v = value ?? fallback;
  if ((allowed as readonly string[]).includes(v)) return v as T;
  throw new InputError(`${name} must be one of ${allowed.join(', ')}, not '${v}'`);
}

function bool(name: string, value: string | undefined): boolean {
  if (value === undefined) return false;
  if (/^(true|yes|1|on)$/i.test(value)) return true;
  if (/^(false|no|0|off)$/i.test(value)) return false;
  throw new InputError(`${name} must be true or false, not '${value}'`);
}

function seconds(name: string, value: string | undefined, fallbackMs: number): number {
  if (value === undefined) return fallbackMs;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InputError(`${name} must be a positive number of seconds, not '${value}'`);
  return Math.round(n * 1000);
}

function count(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InputError(`${name} must be a positive whole number, not '${value}'`);
  return n;
}

/** A `docker run --platform` value (`os/arch[/variant]`), `linux/amd64` as Flow's runtime sets it; empty for the image's own. */
function platformOf(value: string | undefined): string | undefined {
  const v = value?.trim() ?? 'linux/amd64';
  if (v === '') return undefined;
  if (!/^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/.test(v))
    throw new InputError(`platform must be os/arch such as linux/amd64, or empty, not '${v}'`);
  return v;
}

/** A `docker run --memory` value: a whole number with an optional unit b, k, m or g. */
function memoryLimit(value: string | undefined): string {
  const v = value ?? '1g';
  if (!/^[1-9]\d*[bkmg]?$/i.test(v)) throw new InputError(`memory must be a size such as 1g or 512m, not '${v}'`);
  return v;
}

export function parseStages(value: string | undefined): Stage[] {
  if (value === undefined) return [...DEFAULT_STAGES];
  const stages = value.split(/[\s,]+/).filter(Boolean);
  for (const s of stages)
    if (!(STAGES as string[]).includes(s)) throw new InputError(`stages: unknown stage '${s}' (known: ${STAGES.join(', ')})`);
  if (stages.length === 0) throw new InputError('stages: name at least one of spec, discover, capture, migration');
  return STAGES.filter((s) => stages.includes(s));
}

function endpoint(side: 'baseline' | 'candidate', get: InputGetter, resolve: (p: string) => string, defaultImage: () => string): Endpoint {
  const given = (['image', 'command', 'snapshots'] as const).filter((k) => get(`${side}-${k}`) !== undefined);
  if (given.length > 1) throw new InputError(`${side}: give only one of ${given.map((k) => `${side}-${k}`).join(', ')}`);
  const snapshots = get(`${side}-snapshots`);
  if (snapshots !== undefined) return { kind: 'snapshots', dir: resolve(snapshots) };
  const command = get(`${side}-command`);
  if (command !== undefined) return { kind: 'command', command };
  return { kind: 'image', image: get(`${side}-image`) ?? defaultImage() };
}

/** Builds the one Options object from action inputs or CLI flags; throws InputError with a fix. */
export function optionsFromInputs(get: InputGetter, ctx: { cwd: string; env: NodeJS.ProcessEnv }): Options {
  const resolve = (p: string) => path.resolve(ctx.cwd, p);
  const connectorDir = resolve(get('connector') ?? '.');
  if (!existsSync(connectorDir))
    throw new InputError(
      `the connector folder ${connectorDir} does not exist: set connector (--connector) to the connector's folder, e.g. source-x in estuary/connectors`,
    );
  const connector = path.basename(connectorDir);
  const snapshotsDir = resolve(get('snapshots-dir') ?? path.join(connectorDir, '.snapshots'));
  const acceptFile = get('accept-file');
  const configFile = get('config') ?? path.join(connectorDir, 'config.yaml');
  const ageKeyFile = ctx.env.SOPS_AGE_KEY_FILE;
  if (ageKeyFile && !existsSync(ageKeyFile)) throw new InputError(`SOPS_AGE_KEY_FILE names ${ageKeyFile}, which does not exist`);
  return {
    connectorDir,
    connector,
    baseline: endpoint('baseline', get, resolve, () => defaultImages(connectorDir).baselineImage),
    candidate: endpoint('candidate', get, resolve, () => defaultImages(connectorDir).candidateImage),
    snapshotsDir,
    configFile: get('config') !== undefined || existsSync(resolve(configFile)) ? resolve(configFile) : undefined,
    sopsAgeKey: get('sops-age-key'),
    env: ctx.env,
    mode: oneOf('mode', get('mode'), ['check', 'update'] as const, 'check'),
    stages: parseStages(get('stages')),
    failOn: oneOf<FailOn>('fail-on', get('fail-on'), ['breaking', 'warning', 'never'], 'breaking'),
    acceptFile: resolve(acceptFile ?? path.join(snapshotsDir, 'compat.yaml')),
    acceptFileRequired: acceptFile !== undefined,
    ...(get('atf-patches') !== undefined ? { atfPatchesDir: resolve(get('atf-patches')!) } : {}),
    approveLabel: get('approve-label') ?? DEFAULT_APPROVE_LABEL,
    comment: bool('comment', get('comment')),
    githubToken: get('github-token'),
    cacheImages: bool('cache-images', get('cache-images')),
    pull: oneOf<PullPolicy>('pull', get('pull'), ['missing', 'always'], 'missing'),
    protocol: oneOf<ConnectorProtocol>('protocol', get('protocol'), ['auto', 'flow', 'airbyte'], 'auto'),
    network: get('network') ?? 'bridge',
    memory: memoryLimit(get('memory')),
    platform: platformOf(get('platform')),
    logLevel: get('log-level') ?? 'info',
    timeouts: {
      specMs: seconds('spec-timeout', get('spec-timeout'), DEFAULT_TIMEOUTS.specMs),
      discoverMs: seconds('discover-timeout', get('discover-timeout'), DEFAULT_TIMEOUTS.discoverMs),
      captureMs: seconds('capture-timeout', get('capture-timeout'), DEFAULT_TIMEOUTS.captureMs),
    },
    capture: {
      ...DEFAULT_CAPTURE,
      seconds: seconds('capture-seconds', get('capture-seconds'), DEFAULT_CAPTURE.seconds * 1000) / 1000,
      docsPerCollection: count('capture-docs', get('capture-docs'), DEFAULT_CAPTURE.docsPerCollection),
      idleSeconds: seconds('capture-idle', get('capture-idle'), DEFAULT_CAPTURE.idleSeconds * 1000) / 1000,
    },
    testFlow: testFlowBindings(connectorDir),
    jsonPath: get('json') === undefined ? undefined : resolve(get('json')!),
    markdownPath: get('markdown') === undefined ? undefined : resolve(get('markdown')!),
  };
}
