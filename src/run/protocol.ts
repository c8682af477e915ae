// Requests and responses of Flow's capture protocol in its JSON codec (docs/flow-protocol.md).
import { isJsonObject } from '../model/json.js';
import { resourcePath } from '../model/resource-path.js';
import { FLOW_CAPTURE_PROTOCOL, type Binding, type JsonObject } from '../model/types.js';

export type ConnectorType = 'IMAGE' | 'LOCAL';

/** The capture's name in requests; collections are named beside it (`acmeCo/<recommendedName>`). */
export const DEFAULT_CAPTURE_NAME = 'acmeCo/source-compat';

/** A task's polling interval in Apply and Open, as flow-protocol.md's example Open carries it (300). */
export const DEFAULT_INTERVAL_SECONDS = 300;

/** The version of the task spec that Apply and Open name. */
const TASK_VERSION = 'test';

/** The full key range: this one shard reads everything. */
const FULL_RANGE = { keyBegin: 0, keyEnd: 4294967295, rClockBegin: 0, rClockEnd: 4294967295 };

/** The binding of a capture as the runtime sends it in Validate and Open. */
export interface CaptureBinding {
  resourceConfig: JsonObject;
  resourcePath: string[];
  stateKey: string;
  backfill: number;
  collection: { name: string; key: string[]; writeSchema: unknown; projections: [] };
}

/**
 * Flow's state key of a binding, as estuary/flow `crates/assemble/src/lib.rs` `encode_state_key` builds
 * it: the resource path joined by `/`, then every character but Unicode letters and numbers and
 * `- _ + . =` percent-encoded byte by byte (upper-case hex, `/` included), and `.v<backfill>` when
 * the backfill counter is not zero.
 */
export function stateKey(path: readonly string[], backfill = 0): string {
  let key = '';
  for (const c of path.join('/')) {
    if (/^[-_+.=\p{Alphabetic}\p{N}]$/u.test(c)) key += c;
    else for (const byte of Buffer.from(c, 'utf8')) key += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return backfill === 0 ? key : `${key}.v${backfill}`;
}

/** A discovered binding that a capture opens, with the target collection and backfill counter test.flow.yaml gives it. */
export type OpenBinding = Binding & { target?: string; backfill?: number };

/**
 * Turns discovered bindings into the bindings of a capture, as `flowctl preview` of a fresh task
 * would: collections are the bindings' targets, or named beside the capture after their recommended name.
 */
export function captureBindings(
  discovered: readonly OpenBinding[],
  pointers: readonly string[],
  captureName = DEFAULT_CAPTURE_NAME,
): CaptureBinding[] {
  const prefix = captureName.includes('/') ? captureName.slice(0, captureName.lastIndexOf('/')) : captureName;
  return discovered.map((b) => {
    const path = resourcePath(b.resourceConfig, pointers);
    return {
      resourceConfig: b.resourceConfig,
      resourcePath: path,
      stateKey: stateKey(path, b.backfill ?? 0),
      backfill: b.backfill ?? 0,
      collection: { name: b.target ?? `${prefix}/${b.recommendedName}`, key: b.key, writeSchema: b.documentSchema, projections: [] },
    };
  });
}

/**
 * The bindings with the resource paths their Validate response gives: Flow's runtime keys a
 * binding's state by the path the connector validated (estuary-cdk `validated()` answers each
 * binding's `resourceConfig.path()`), not by one derived from the resource config.
 */
export function withValidatedPaths(bindings: readonly CaptureBinding[], validated: readonly JsonObject[]): CaptureBinding[] {
  return bindings.map((b, i) => {
    const path = validated[i]?.resourcePath;
    if (!Array.isArray(path) || !path.every((p) => typeof p === 'string')) return b;
    return { ...b, resourcePath: path, stateKey: stateKey(path, b.backfill) };
  });
}

/**
 * Why Flow's runtime refuses a Spec response, or undefined when it takes it: estuary/flow
 * `go/protocols/capture/extensions.go`, `Response_Spec.Validate()` ("wrong Protocol (%d, should be
 * 3032023)", then a missing config schema, resource config schema or documentation URL). A protocol
 * left out of the JSON is 0 there.
 */
export function specResponseProblem(spec: JsonObject): string | undefined {
  const protocol = spec.protocol ?? 0;
  if (protocol !== FLOW_CAPTURE_PROTOCOL) {
    return `the spec response says protocol ${JSON.stringify(protocol)}, but Flow's runtime speaks only protocol ${FLOW_CAPTURE_PROTOCOL} (is this a Flow capture connector?)`;
  }
  const missing = (['configSchema', 'resourceConfigSchema', 'documentationUrl'] as const).filter(
    (k) => spec[k] === undefined || spec[k] === null || spec[k] === '',
  );
  if (missing.length > 0) return `the spec response has no ${missing.join(', ')}, which Flow's runtime requires`;
  return undefined;
}

export function specRequest(connectorType: ConnectorType): JsonObject {
  return { spec: { connectorType, config: {} } };
}

export function discoverRequest(connectorType: ConnectorType, config: JsonObject): JsonObject {
  return { discover: { connectorType, config } };
}

export function validateRequest(
  connectorType: ConnectorType,
  name: string,
  config: JsonObject,
  bindings: readonly CaptureBinding[],
): JsonObject {
  const validateBindings = bindings.map(({ resourceConfig, collection, backfill }) => ({
    resourceConfig,
    collection,
    backfill,
  }));
  return { validate: { name, connectorType, config, bindings: validateBindings } };
}

/** The task as Apply and Open carry it (`flow.CaptureSpec`). */
export interface CaptureSpecParams {
  connectorType: ConnectorType;
  name: string;
  config: JsonObject;
  bindings: readonly CaptureBinding[];
  intervalSeconds: number;
}

export interface OpenParams extends CaptureSpecParams {
  state: JsonObject;
}

function captureSpec(p: CaptureSpecParams): JsonObject {
  return {
    name: p.name,
    connectorType: p.connectorType,
    config: p.config,
    intervalSeconds: p.intervalSeconds,
    bindings: p.bindings,
  };
}

/**
 * Apply, as the runtime sends it after Validate when a task is published (estuary/flow
 * `go/protocols/capture/capture.proto`, `Request.Apply {capture, version, dry_run}`); answered by
 * `applied {actionDescription}` (estuary-cdk `handle()`; airbyte-to-flow answers an empty `applied`).
 */
export function applyRequest(p: CaptureSpecParams): JsonObject {
  return { apply: { capture: captureSpec(p), version: TASK_VERSION, dryRun: false } };
}

export function openRequest(p: OpenParams): JsonObject {
  return { open: { capture: captureSpec(p), version: TASK_VERSION, range: FULL_RANGE, state: p.state } };
}

export const ACKNOWLEDGE_ONE: JsonObject = { acknowledge: { checkpoints: 1 } };

/** One decoded response line: the envelope's single field and its value. */
export interface Response {
  type: string;
  body: JsonObject;
}

/** Decodes an envelope; returns a reason string when the line is not one. */
export function parseResponse(line: string): Response | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return 'not JSON';
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a JSON object';
  const keys = Object.keys(value);
  if (keys.length !== 1) return `an envelope with ${keys.length} fields (${keys.slice(0, 5).join(', ')}), expected exactly one`;
  const type = keys[0]!;
  const body = (value as JsonObject)[type];
  return { type, body: isJsonObject(body) ? body : {} };
}
