// Reads an Airbyte source's stdout as airbyte-to-flow does (estuary/airbyte
// airbyte-to-flow/src/interceptors/airbyte_source_interceptor.rs): each message becomes the Flow
// response that wrapper would send, so one session, capture loop and set of bounds serve both
// protocols. Message shapes: airbytehq/airbyte-protocol airbyte_protocol.yaml.
import type { AirbyteMessage, AirbyteSpec, AirbyteState, AirbyteStream } from '../model/airbyte.js';
import { AIRBYTE_MESSAGE_TYPES } from '../model/airbyte.js';
import { isJsonObject } from '../model/json.js';
import type { JsonObject } from '../model/types.js';
import { bindingOf, flowSpecOf, streamPath } from '../normalize/airbyte.js';
import { resourcePathLabel } from '../normalize/index.js';
import type { ConnectorFailure } from './errors.js';
import type { Response } from './protocol.js';

/** What one stdout line is: a response, a failure the connector reported, or nothing to act on (a log, a non-protocol line). */
export type Decoded = Response | { failure: ConnectorFailure; detail: string } | undefined;

/**
 * The state a task resumes from, kept as the Airbyte platform keeps it: the last STREAM state per
 * stream, or the last GLOBAL state, or the last LEGACY `data`.
 */
export interface AirbyteTaskState {
  streams?: Record<string, AirbyteState>;
  global?: AirbyteState;
  legacy?: unknown;
}

/** A stream's key in a task's state and in a read's bindings: its resource path joined. */
export const streamKey = (name: string, namespace?: string | null): string => resourcePathLabel(streamPath(name, namespace));

/** The `--state` file of a read from a task's state: a list of state messages, or a legacy connector's own object. */
export function stateFileOf(state: JsonObject | undefined): unknown {
  const s = (state ?? {}) as AirbyteTaskState;
  if (s.global) return [s.global];
  if (s.streams) return Object.values(s.streams);
  if (s.legacy !== undefined) return s.legacy;
  return [];
}

/** The task state after one STATE message. */
export function applyAirbyteState(state: AirbyteTaskState, message: AirbyteState): AirbyteTaskState {
  const {
    sourceStats: _stats,
    destinationStats: _dest,
    ...kept
  } = message as AirbyteState & { sourceStats?: unknown; destinationStats?: unknown };
  if (kept.type === 'GLOBAL' || kept.global) return { global: kept };
  if (kept.type === 'STREAM' || kept.stream) {
    const d = kept.stream?.stream_descriptor;
    const key = streamKey(d?.name ?? '', d?.namespace);
    return { streams: { ...(state.streams ?? {}), [key]: kept } };
  }
  return { legacy: kept.data ?? {} };
}

/** An Airbyte connector's spec and catalog as it gave them. */
export interface AirbyteSeen {
  spec?: AirbyteSpec;
  streams?: AirbyteStream[];
}

export class AirbyteCodec {
  /** Stdout lines that were not Airbyte messages, passed over (some connectors print to stdout). */
  ignored = 0;
  /** The response owed before the first line: a capture's `opened`, which an Airbyte read has no message for. */
  private pending?: Response;
  private state: AirbyteTaskState;

  constructor(
    private readonly opts: {
      /** For a read: each stream's binding index, by `namespace/name`. */
      bindings?: Map<string, number>;
      /** The state the read resumes from. */
      state?: JsonObject;
      log?: (line: string) => void;
      /** Where the connector's own spec and catalog are kept as it gave them, for Airbyte-shaped snapshots and rules. */
      seen?: AirbyteSeen;
    } = {},
  ) {
    this.state = (opts.state ?? {}) as AirbyteTaskState;
    if (opts.bindings) this.pending = { type: 'opened', body: {} };
  }

  /** A response owed before any line is read. */
  takePending(): Response | undefined {
    const owed = this.pending;
    this.pending = undefined;
    return owed;
  }

  decode(line: string): Decoded {
    let message: unknown;
    try {
      message = JSON.parse(line);
    } catch {
      message = undefined;
    }
    if (!isJsonObject(message) || !(AIRBYTE_MESSAGE_TYPES as readonly unknown[]).includes(message.type)) {
      this.ignored += 1;
      return undefined;
    }
    return this.message(message as AirbyteMessage);
  }

  private message(m: AirbyteMessage): Decoded {
    switch (m.type) {
      case 'SPEC':
        if (!isJsonObject(m.spec)) return this.malformed('SPEC', 'spec');
        if (this.opts.seen) this.opts.seen.spec = m.spec;
        return { type: 'spec', body: flowSpecOf(m.spec) as JsonObject };
      case 'CATALOG':
        if (!Array.isArray(m.catalog?.streams)) return this.malformed('CATALOG', 'catalog.streams');
        if (this.opts.seen) this.opts.seen.streams = m.catalog.streams;
        return { type: 'discovered', body: { bindings: m.catalog.streams.map(bindingOf) } };
      case 'CONNECTION_STATUS':
        if (m.connectionStatus?.status === 'SUCCEEDED') return { type: 'validated', body: {} };
        return { failure: 'unexpected', detail: `check failed: ${m.connectionStatus?.message ?? 'no message'}` };
      case 'RECORD':
        return this.record(m);
      case 'STATE':
        if (!isJsonObject(m.state)) return this.malformed('STATE', 'state');
        this.state = applyAirbyteState(this.state, m.state);
        return { type: 'checkpoint', body: { state: { updated: this.state, mergePatch: false } } };
      case 'TRACE':
        if (m.trace?.type !== 'ERROR') return undefined;
        return {
          failure: 'trace',
          detail: `the connector reported an error: ${m.trace.error?.message ?? m.trace.error?.internal_message ?? 'no message'}`,
        };
      case 'LOG':
        if (m.log) this.opts.log?.(`${m.log.level} ${m.log.message}`);
        return undefined;
      default:
        return undefined;
    }
  }

  /** `adapt_pull_response_stream`: a record of a stream the catalog did not configure is an error ("dangling record"). */
  private record(m: AirbyteMessage): Decoded {
    const r = m.record;
    if (!r || typeof r.stream !== 'string' || !isJsonObject(r.data)) return this.malformed('RECORD', 'record.stream and record.data');
    const binding = this.opts.bindings?.get(streamKey(r.stream, r.namespace));
    if (binding === undefined)
      return { failure: 'unexpected', detail: `a record of stream ${JSON.stringify(r.stream)}, which the catalog does not configure` };
    return { type: 'captured', body: { binding, doc: r.data } };
  }

  private malformed(type: string, field: string): Decoded {
    return { failure: 'unexpected', detail: `a ${type} message without ${field}` };
  }
}
