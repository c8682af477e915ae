// An Airbyte-protocol connector run as airbyte-to-flow runs it inside an ATF image (estuary/airbyte
// airbyte-to-flow/src/interceptors/airbyte_source_interceptor.rs `adapt_command_args`): `spec`,
// `check --config`, `discover --config`, `read --config --catalog --state`, with the files written
// to a folder the connector reads; its messages read as the Flow responses ATF would send
// (airbyte-codec.ts). So every stage, bound and rule of a Flow check applies unchanged.
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Timeouts } from '../model/options.js';
import { parsePointer } from '../model/pointer.js';
import type { Binding, JsonObject, SpecResponse } from '../model/types.js';
import { streamPath } from '../normalize/airbyte.js';
import { AirbyteCodec, type AirbyteSeen, stateFileOf, streamKey } from './airbyte-codec.js';
import { readCapture } from './capture.js';
import { ConnectorError, type RunOperation } from './errors.js';
import type { CaptureBinding } from './protocol.js';
import { endOfOutput, type SessionContext, withSession } from './session.js';
import type { ConnectorRunner, Launcher } from './types.js';

/** `adapt_pull_request_stream`: each binding's resource and collection as a configured stream. */
export function configuredCatalog(bindings: readonly CaptureBinding[]): JsonObject {
  return {
    streams: bindings.map((b) => {
      const rc = b.resourceConfig;
      return {
        sync_mode: rc.syncMode,
        destination_sync_mode: 'append',
        ...(rc.cursorField ? { cursor_field: rc.cursorField } : {}),
        primary_key: b.collection.key.map(parsePointer),
        stream: {
          name: rc.stream,
          ...(rc.namespace ? { namespace: rc.namespace } : {}),
          json_schema: b.collection.writeSchema,
          supported_sync_modes: [rc.syncMode],
        },
      };
    }),
  };
}

/**
 * A private folder for one session's files: its parent is readable by this user only, the folder
 * and files by anyone, so that a connector image running as another user can read them.
 */
async function withFiles<T>(files: Record<string, unknown>, fn: (hostDir: string) => Promise<T>): Promise<T> {
  const parent = await mkdtemp(path.join(os.tmpdir(), 'connector-compat-airbyte-'));
  try {
    const dir = path.join(parent, 'io');
    await mkdir(dir);
    // mkdtemp makes the parent 0700; the umask may have narrowed the folder's mode.
    await chmod(dir, 0o755);
    for (const [name, value] of Object.entries(files)) await writeFile(path.join(dir, name), JSON.stringify(value), { mode: 0o644 });
    return await fn(dir);
  } finally {
    await rm(parent, { recursive: true, force: true });
  }
}

/**
 * Opens with a state carried over from another connector, under a capture's bounds: quiet counts
 * from the start, and a connector's failure is a result.
 */
export function migrateWith(capture: ConnectorRunner['capture']): ConnectorRunner['migrate'] {
  return async (req, onEvent) => {
    try {
      return { result: await capture({ ...req, idleFromOpen: true }, onEvent) };
    } catch (err) {
      if (err instanceof ConnectorError) return { failure: err };
      throw err;
    }
  };
}

export function createAirbyteRunner(ctx: SessionContext, launch: Launcher, label: string, timeouts: Timeouts): ConnectorRunner {
  const seen: AirbyteSeen = {};
  /** One command whose answer is one message; then the connector must exit cleanly. */
  async function unary(
    operation: RunOperation,
    timeoutMs: number,
    command: string,
    expected: string,
    config?: JsonObject,
  ): Promise<JsonObject> {
    const files = config ? { 'config.json': config } : {};
    return withFiles(files, async (hostDir) => {
      const codec = new AirbyteCodec({ log: ctx.onLog, seen });
      const args = (dir: string) => (config ? [command, '--config', path.join(dir, 'config.json')] : [command]);
      const spec = await launch({ hostDir, args });
      return withSession(
        ctx,
        spec,
        operation,
        timeoutMs,
        async (s) => {
          s.process.closeStdin();
          const response = await s.read([expected]);
          if (response === undefined) throw await endOfOutput(s, `an Airbyte ${command} answer`);
          while ((await s.read([])) !== undefined);
          const exit = await s.process.exited;
          if (exit.code !== 0) throw await endOfOutput(s, 'a clean exit');
          ignoredLines(codec);
          return response.body;
        },
        codec,
      );
    });
  }

  function ignoredLines(codec: AirbyteCodec): void {
    if (codec.ignored > 0) ctx.onLog?.(`${codec.ignored} stdout line(s) that are not Airbyte messages were ignored`);
  }

  async function validate(config: JsonObject, bindings: readonly CaptureBinding[]): Promise<JsonObject[]> {
    await unary('validate', timeouts.discoverMs, 'check', 'validated', config);
    // `resource_spec_to_resource_path`: the namespace when there is one, then the stream.
    return bindings.map((b) => ({
      resourcePath: streamPath(String(b.resourceConfig.stream), b.resourceConfig.namespace as string | undefined),
    }));
  }

  const capture: ConnectorRunner['capture'] = async (req, onEvent = () => {}) => {
    const files = { 'config.json': req.config, 'catalog.json': configuredCatalog(req.bindings), 'state.json': stateFileOf(req.state) };
    return withFiles(files, async (hostDir) => {
      const bindings = new Map(
        req.bindings.map((b, i) => [streamKey(String(b.resourceConfig.stream), b.resourceConfig.namespace as string | undefined), i]),
      );
      const codec = new AirbyteCodec({ bindings, state: req.state, log: ctx.onLog });
      const args = (dir: string) => ['read', ...['config', 'catalog', 'state'].flatMap((f) => [`--${f}`, path.join(dir, `${f}.json`)])];
      const result = await withSession(
        ctx,
        await launch({ hostDir, args }),
        'capture',
        timeouts.captureMs,
        (s) => readCapture(s, req, onEvent),
        codec,
      );
      ignoredLines(codec);
      return result;
    });
  };

  return {
    label,
    async spec() {
      return (await unary('spec', timeouts.specMs, 'spec', 'spec')) as SpecResponse;
    },
    async discover(config) {
      const body = await unary('discover', timeouts.discoverMs, 'discover', 'discovered', config);
      return body.bindings as Binding[];
    },
    airbyte: () => seen,
    validate,
    // airbyte-to-flow answers Apply without asking the connector anything it acts on.
    apply: async () => '',
    async prepare(config, bindings) {
      await validate(config, bindings);
      return [...bindings];
    },
    capture,
    migrate: migrateWith(capture),
  };
}
