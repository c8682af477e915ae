import { randomBytes } from 'node:crypto';
import { threadId } from 'node:worker_threads';
import { Docker } from '../acquire/docker.js';
import type { Endpoint, Timeouts } from '../model/options.js';
import type { Binding, JsonObject, Side, SpecResponse } from '../model/types.js';
import { readCapture, type CaptureEvent, type CaptureRequest, type CaptureResult } from './capture.js';
import { ConnectorError, type RunOperation } from './errors.js';
import type { LaunchSpec } from './process.js';
import {
  applyRequest,
  DEFAULT_CAPTURE_NAME,
  DEFAULT_INTERVAL_SECONDS,
  discoverRequest,
  specRequest,
  specResponseProblem,
  validateRequest,
  withValidatedPaths,
  type CaptureBinding,
} from './protocol.js';
import { endOfOutput, withSession, type SessionContext } from './session.js';

export interface RunnerOptions {
  side: Side;
  /** Docker network for image endpoints. */
  network: string;
  /** Memory limit for image endpoints (`docker run --memory`). */
  memory?: string;
  /** Platform for image endpoints (`docker run --platform`). */
  platform?: string;
  logLevel: string;
  timeouts: Timeouts;
  /** Applied to every stderr line and stdout excerpt before it is kept or shown. */
  mask?: (text: string) => string;
  /** Receives every (masked) stderr line as it arrives. */
  onLog?: (line: string) => void;
  /** For image endpoints; created (and the engine checked) on first use when absent. */
  docker?: Docker;
  /** Working directory of a local command (default: the process's). */
  cwd?: string;
  /** Longest accepted stdout line; default 64 MiB. */
  maxLineBytes?: number;
  /** Time given to a connector between closing its input, SIGTERM and SIGKILL when we stop it. */
  stopGraceMs?: number;
  /** Capture name in Validate and Open; collections are named beside it. */
  captureName?: string;
}

/** A capture opened with another connector's state: how it ended, or how it failed. */
export type MigrationResult = { result: CaptureResult; failure?: undefined } | { failure: ConnectorError; result?: undefined };

export interface ConnectorRunner {
  /** The image or command, for messages. */
  readonly label: string;
  spec(): Promise<SpecResponse>;
  discover(config: JsonObject): Promise<Binding[]>;
  validate(config: JsonObject, bindings: readonly CaptureBinding[]): Promise<JsonObject[]>;
  /** Apply of the task with these bindings; the connector's action description ('' for none). */
  apply(config: JsonObject, bindings: readonly CaptureBinding[]): Promise<string>;
  /**
   * What Flow runs before a task's first Open: Validate, then Apply with the bindings keyed by the
   * resource paths Validate returned. Returns those bindings; throws the ConnectorError of the step that failed.
   */
  prepare(config: JsonObject, bindings: readonly CaptureBinding[]): Promise<CaptureBinding[]>;
  capture(req: CaptureRequest, onEvent?: (e: CaptureEvent) => void): Promise<CaptureResult>;
  /**
   * Opens with a state carried over from another connector, under the same bounds as a capture. A
   * caught-up connector that emits nothing is a result, not a failure: only an error is one.
   */
  migrate(req: CaptureRequest, onEvent?: (e: CaptureEvent) => void): Promise<MigrationResult>;
}

export const DEFAULT_MAX_LINE_BYTES = 64 * 1024 * 1024;
/**
 * Between closing a connector's input, SIGTERM and a kill: a capture that has what it needs stops
 * within about twice this (under 5 s), even when the connector keeps polling and is PID 1 (`--init`).
 */
const DEFAULT_STOP_GRACE_MS = 2_000;

type RunnableEndpoint = Exclude<Endpoint, { kind: 'snapshots' }>;

export function createRunner(endpoint: Endpoint, opts: RunnerOptions): ConnectorRunner {
  if (endpoint.kind === 'snapshots') throw new Error('a snapshots endpoint has nothing to run');
  const target: RunnableEndpoint = endpoint;
  const ctx: SessionContext = {
    side: opts.side,
    connectorType: target.kind === 'image' ? 'IMAGE' : 'LOCAL',
    captureName: opts.captureName ?? DEFAULT_CAPTURE_NAME,
    maxLineBytes: opts.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES,
    stopGraceMs: opts.stopGraceMs ?? DEFAULT_STOP_GRACE_MS,
    mask: opts.mask ?? ((s: string) => s),
    onLog: opts.onLog,
  };
  let docker: Promise<Docker> | undefined;

  async function launch(): Promise<LaunchSpec> {
    const env = { LOG_LEVEL: opts.logLevel };
    if (target.kind === 'command') {
      return { command: 'sh', args: ['-c', target.command], env: { ...process.env, ...env }, cwd: opts.cwd };
    }
    docker ??= opts.docker ? Promise.resolve(opts.docker) : Docker.create();
    const d = await docker;
    // A known name, so that a timeout can `docker kill` the container: killing the client leaves it running.
    // The process and thread it was started from, so that tests running in threads each find their own.
    const name = `connector-compat-${opts.side}-${process.pid}-${threadId}-${randomBytes(4).toString('hex')}`;
    const run = d.runCommand({
      image: target.image,
      network: opts.network,
      memory: opts.memory,
      platform: opts.platform,
      env,
      name,
      labels: { 'connector-compat': opts.side },
    });
    return { ...run, killOutside: () => d.kill(name) };
  }

  /** One request, one response, then the connector must exit cleanly. */
  async function unary(operation: RunOperation, timeoutMs: number, request: JsonObject, expected: string): Promise<JsonObject> {
    return withSession(ctx, await launch(), operation, timeoutMs, async (s) => {
      s.process.send(request);
      s.process.closeStdin();
      const response = await s.read([expected]);
      if (response === undefined) throw await endOfOutput(s, `a "${expected}" response`);
      const exit = await s.process.exited;
      if (exit.code !== 0) throw await endOfOutput(s, `a clean exit`);
      return response.body;
    });
  }

  async function validate(config: JsonObject, bindings: readonly CaptureBinding[]): Promise<JsonObject[]> {
    const request = validateRequest(ctx.connectorType, ctx.captureName, config, bindings);
    const body = await unary('validate', opts.timeouts.discoverMs, request, 'validated');
    return Array.isArray(body.bindings) ? (body.bindings as JsonObject[]) : [];
  }

  async function apply(config: JsonObject, bindings: readonly CaptureBinding[]): Promise<string> {
    const request = applyRequest({
      connectorType: ctx.connectorType,
      name: ctx.captureName,
      config,
      bindings,
      intervalSeconds: DEFAULT_INTERVAL_SECONDS,
    });
    const body = await unary('apply', opts.timeouts.discoverMs, request, 'applied');
    return typeof body.actionDescription === 'string' ? body.actionDescription : '';
  }

  const capture = async (req: CaptureRequest, onEvent: (e: CaptureEvent) => void = () => {}) =>
    withSession(ctx, await launch(), 'capture', opts.timeouts.captureMs, (s) => readCapture(s, req, onEvent));

  return {
    label: target.kind === 'image' ? target.image : target.command,
    async spec() {
      const spec = await unary('spec', opts.timeouts.specMs, specRequest(ctx.connectorType), 'spec');
      const problem = specResponseProblem(spec);
      if (problem) throw new ConnectorError(ctx.side, 'spec', 'unexpected', problem);
      return spec as SpecResponse;
    },
    async discover(config) {
      const body = await unary('discover', opts.timeouts.discoverMs, discoverRequest(ctx.connectorType, config), 'discovered');
      return Array.isArray(body.bindings) ? (body.bindings as Binding[]) : [];
    },
    validate,
    apply,
    async prepare(config, bindings) {
      const validated = withValidatedPaths(bindings, await validate(config, bindings));
      const action = await apply(config, validated);
      if (action.trim() !== '') opts.onLog?.(`apply: ${ctx.mask(action.trim())}`);
      return validated;
    },
    capture,
    async migrate(req, onEvent) {
      try {
        return { result: await capture({ ...req, idleFromOpen: true }, onEvent) };
      } catch (err) {
        if (err instanceof ConnectorError) return { failure: err };
        throw err;
      }
    },
  };
}
