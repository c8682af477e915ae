// The runner's interface, shared by the Flow runner (runner.ts) and the Airbyte one (airbyte.ts).
import type { Docker } from '../acquire/docker.js';
import type { AirbyteSpec, AirbyteStream } from '../model/airbyte.js';
import type { Timeouts } from '../model/options.js';
import type { Binding, JsonObject, Side, SpecResponse } from '../model/types.js';
import type { CaptureEvent, CaptureRequest, CaptureResult } from './capture.js';
import type { ConnectorError } from './errors.js';
import type { LaunchSpec } from './process.js';
import type { CaptureBinding } from './protocol.js';

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
  /** `airbyte`: the connector speaks the Airbyte protocol (run/airbyte.ts); default Flow's. */
  protocol?: 'flow' | 'airbyte';
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
  /** An Airbyte connector's spec and catalog as it gave them, after spec and discover (rules in Airbyte's terms, Airbyte-shaped snapshots). */
  airbyte?(): { spec?: AirbyteSpec; streams?: AirbyteStream[] };
}

/**
 * Starts a session's process. `files` is a folder the connector reads files from (an Airbyte
 * connector's config, catalog, state); `args` are given where the connector sees that folder.
 */
export type Launcher = (files?: { hostDir: string; args: (dir: string) => string[] }) => Promise<LaunchSpec>;
