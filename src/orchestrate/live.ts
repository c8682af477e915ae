import { actionsCacheStore } from '../acquire/cache.js';
import { Docker } from '../acquire/docker.js';
import { acquireImage } from '../acquire/image.js';
import { errorMessage } from '../model/errors.js';
import { collectionKeyText, isJsonObject, REDACTED } from '../model/json.js';
import type { Logger } from '../model/log.js';
import type { Endpoint, Options, TestFlowBinding } from '../model/options.js';
import { pointerMatches, joinPointer } from '../model/pointer.js';
import { resourcePath } from '../model/resource-path.js';
import type { Binding, CapturedDoc, JsonObject, Side, SideInfo, SnapshotSet, Stage } from '../model/types.js';
import { DEFAULT_RESOURCE_PATH_POINTERS } from '../normalize/index.js';
import { captureSummary } from '../report/group.js';
import type { CaptureResult } from '../run/capture.js';
import { captureBindings, type CaptureBinding, type OpenBinding } from '../run/protocol.js';
import { SeenKeys } from './seen-keys.js';
import { createRunner, type ConnectorRunner } from '../run/runner.js';

/** What the secrets stage hands to a live run. */
export interface EndpointConfig {
  /** The config the connector receives; `{}` when it could not be decrypted. */
  config: JsonObject;
  /** Why capture cannot run (no usable key), or undefined when it can. */
  captureSkip?: string;
  mask: (text: string) => string;
}

export interface LiveSide {
  set: SnapshotSet;
  info: SideInfo;
  runner?: ConnectorRunner;
  bindings?: CaptureBinding[];
  capture?: CaptureResult;
  /** The collection keys of the documents the capture gave. */
  seen?: SeenKeys;
  /** Stages that failed, with the (masked) error. */
  errors: Partial<Record<Stage, string>>;
}

/** Docker is started once per check and shared by both sides. */
export class DockerHandle {
  private docker?: Promise<Docker>;
  get(): Promise<Docker> {
    this.docker ??= Docker.create();
    return this.docker;
  }
}

/** Volatile capture fields are replaced the way estuary's snapshot tests do, so snapshots stay stable. */
export function redactDoc(doc: JsonObject, redact: readonly string[], base = ''): JsonObject {
  if (redact.length === 0) return doc;
  return Object.fromEntries(
    Object.entries(doc).map(([k, v]) => {
      const p = joinPointer(base, k);
      return [k, redact.some((g) => pointerMatches(g, p)) ? REDACTED : isJsonObject(v) ? redactDoc(v, redact, p) : v];
    }),
  );
}

export interface LiveContext {
  opts: Options;
  log: Logger;
  docker: DockerHandle;
  config: EndpointConfig;
  redact: readonly string[];
}

/**
 * Every string in a connector's output (keys too) with the secrets masked: a connector may echo its
 * config into a document or a schema, and these outputs end up in snapshots and reports.
 */
function maskJson<T>(value: T, mask: (text: string) => string): T {
  if (typeof value === 'string') return mask(value) as T;
  if (Array.isArray(value)) return value.map((v) => maskJson(v, mask)) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [mask(k), maskJson(v, mask)])) as T;
}

/** Acquire stage of a side: pulls and checks its image (an InputError when it cannot be used). */
export async function acquireSide(side: Side, endpoint: Exclude<Endpoint, { kind: 'snapshots' }>, ctx: LiveContext): Promise<SideInfo> {
  const airbyte = { protocol: 'airbyte' as const };
  if (endpoint.kind === 'command')
    return { label: endpoint.command, command: endpoint.command, ...(ctx.opts.protocol === 'airbyte' ? airbyte : {}) };
  const docker = await ctx.docker.get();
  const cache = ctx.opts.cacheImages ? await actionsCacheStore() : undefined;
  const acquired = await ctx.log.group(`${side}: acquire ${endpoint.image}`, () =>
    acquireImage(docker, endpoint.image, {
      cache,
      pull: ctx.opts.pull,
      protocol: ctx.opts.protocol,
      log: (l) => ctx.log.info(l),
    }),
  );
  const speaks = acquired.protocol === 'airbyte' ? ', an Airbyte connector' : '';
  ctx.log.info(`${side}: ${endpoint.image} ${acquired.pulled ? 'pulled' : 'found locally'}, digest ${acquired.digest}${speaks}`);
  return { label: endpoint.image, image: endpoint.image, digest: acquired.digest, ...(acquired.protocol === 'airbyte' ? airbyte : {}) };
}

/**
 * The bindings a capture opens, as the task defines them: those the connector's test.flow.yaml
 * lists and does not mark `disable: true` (matched to a discovered binding by resource path, with
 * the resource config and target written there), as estuary's snapshot tests capture them; with
 * no test.flow.yaml, every discovered binding not marked disabled.
 */
export function bindingsToCapture(
  discovered: Binding[],
  pointers: readonly string[],
  testFlow: readonly TestFlowBinding[] | undefined,
  warn: (m: string) => void,
): OpenBinding[] {
  if (!testFlow) return discovered.filter((b) => b.disable !== true);
  const byPath = new Map(discovered.map((b) => [resourcePath(b.resourceConfig, pointers).join('/'), b]));
  const chosen: OpenBinding[] = [];
  for (const { resource, target, disable, backfill } of testFlow) {
    if (disable) continue;
    const key = resourcePath(resource, pointers).join('/');
    const found = byPath.get(key);
    if (found) chosen.push({ ...found, resourceConfig: resource, ...(target ? { target } : {}), ...(backfill ? { backfill } : {}) });
    else warn(`test.flow.yaml binding ${key} is not discovered; not captured`);
  }
  return chosen;
}

/** Runs one side live: spec, discover, and a bounded capture, each stage failing on its own. */
export async function runSide(
  side: Side,
  endpoint: Exclude<Endpoint, { kind: 'snapshots' }>,
  info: SideInfo,
  ctx: LiveContext,
): Promise<LiveSide> {
  const { opts, log } = ctx;
  const { mask } = ctx.config;
  const runner = createRunner(endpoint, {
    side,
    network: opts.network,
    memory: opts.memory,
    platform: opts.platform,
    logLevel: opts.logLevel,
    timeouts: opts.timeouts,
    mask,
    onLog: (line) => log.info(`${side}: ${line}`),
    cwd: opts.connectorDir,
    docker: endpoint.kind === 'image' ? await ctx.docker.get() : undefined,
    protocol: info.protocol ?? 'flow',
  });
  const set = { label: info.label, sources: {}, ...(info.protocol ? { protocol: info.protocol } : {}) };
  const live: LiveSide = { set, info, runner, errors: {} };
  const wants = (stage: Stage) => opts.stages.includes(stage);
  const attempt = async (stage: Stage, fn: () => Promise<void>) => {
    try {
      await log.group(`${side}: ${stage}`, fn);
    } catch (err) {
      live.errors[stage] = mask(errorMessage(err));
      log.warning(live.errors[stage]!);
    }
  };

  await attempt('spec', async () => {
    live.set.spec = maskJson(await runner.spec(), mask);
    const raw = runner.airbyte?.().spec;
    if (raw) live.set.airbyteSpec = maskJson(raw, mask);
  });
  if (wants('discover') || wants('capture') || wants('migration')) {
    await attempt('discover', async () => {
      live.set.discover = maskJson(await runner.discover(ctx.config.config), mask);
      const streams = runner.airbyte?.().streams;
      if (streams) live.set.airbyteStreams = maskJson(streams, mask);
      log.info(`${side}: discovered ${live.set.discover.length} bindings`);
    });
  }
  if ((wants('capture') || wants('migration')) && live.set.discover && !ctx.config.captureSkip) {
    const pointers = live.set.spec?.resourcePathPointers ?? DEFAULT_RESOURCE_PATH_POINTERS;
    live.bindings = captureBindings(
      bindingsToCapture(live.set.discover, pointers, opts.testFlow, (m) => log.warning(`${side}: ${m}`)),
      pointers,
    );
    const kept = new Map<string, Map<string, number>>();
    const docs: CapturedDoc[] = [];
    await attempt('capture', async () => {
      // Validate and Apply before Open, as Flow does; a binding's state key follows the path it validated.
      live.bindings = await runner.prepare(ctx.config.config, live.bindings!);
      const seen = new SeenKeys(live.bindings!);
      live.seen = seen;
      live.capture = await runner.capture({ config: ctx.config.config, bindings: live.bindings!, bounds: opts.capture }, (e) => {
        if (e.type !== 'document') return;
        seen.add(e.binding, e.doc);
        // Streamed: the first keys of each collection are kept for the snapshot, each with its last
        // document (Flow combines a transaction's documents by key, last write wins).
        const doc: CapturedDoc = [e.collection, maskJson(redactDoc(e.doc, ctx.redact), mask)];
        const keys = kept.get(e.collection) ?? new Map<string, number>();
        kept.set(e.collection, keys);
        const key = collectionKeyText(e.doc, live.bindings![e.binding]!.collection.key);
        const at = key === undefined ? undefined : keys.get(key);
        if (at !== undefined) docs[at] = doc;
        else if (keys.size < opts.capture.docsPerCollection) {
          keys.set(key ?? `#${keys.size}`, docs.length);
          docs.push(doc);
        }
      });
      live.set.capture = docs;
      const documents = Object.fromEntries(live.bindings!.map((b, i) => [b.collection.name, live.capture!.documents[i] ?? 0]));
      live.info.capture = { endedBy: live.capture.stoppedBy, documents };
      log.info(`${side}: ${captureSummary(live.info.capture, opts.capture)}`);
    });
  }
  return live;
}
