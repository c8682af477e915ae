import { randomBytes } from 'node:crypto';
import { threadId } from 'node:worker_threads';
import { Docker } from '../acquire/docker.js';
import type { Endpoint } from '../model/options.js';
import type { Binding, JsonObject, SpecResponse } from '../model/types.js';
import { createAirbyteRunner, migrateWith } from './airbyte.js';
import { readCapture, type CaptureEvent, type CaptureRequest } from './capture.js';
import { ConnectorError, type RunOperation } from './errors.js';
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

import type { ConnectorRunner, Launcher, RunnerOptions } from './types.js';

export type { ConnectorRunner, Launcher, MigrationResult, RunnerOptions } from './types.js';

export const DEFAULT_MAX_LINE_BYTES = 64 * 1024 * 1024;
/**
 * Between closing a connector's input, SIGTERM and a kill: a capture that has what it needs stops
 * within about twice this (under 5 s), even when the connector keeps polling and is PID 1 (`--init`).
 */
const DEFAULT_STOP_GRACE_MS = 2_000;

type RunnableEndpoint = Exclude<Endpoint, { kind: 'snapshots' }>;

/** Where an image sees the files folder. */
const CONTAINER_FILES_DIR = '/airbyte-io';

function launcher(target: RunnableEndpoint, opts: RunnerOptions): Launcher {
  let docker: Promise<Docker> | undefined;
  return async (files) => {
    const env = { LOG_LEVEL: opts.logLevel };
    if (target.kind === 'command') {
      // The arguments as the shell's positional parameters: nothing in them is parsed by the shell.
      const args = files ? ['-c', `${target.command} "$@"`, 'sh', ...files.args(files.hostDir)] : ['-c', target.command];
      return { command: 'sh', args, env: { ...process.env, ...env }, cwd: opts.cwd };
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
      ...(files ? { mounts: [`${files.hostDir}:${CONTAINER_FILES_DIR}`], args: files.args(CONTAINER_FILES_DIR) } : {}),
    });
    return { ...run, killOutside: () => d.kill(name) };
  };
}

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
  const launch = launcher(target, opts);
  const label = target.kind === 'image' ? target.image : target.command;
  if (opts.protocol === 'airbyte') return createAirbyteRunner(ctx, launch, label, opts.timeouts);

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
    label,
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
    migrate: migrateWith(capture),
  };
}
