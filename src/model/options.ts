import type { FailOn, JsonObject, Stage } from './types.js';

/** How one side is obtained: a Docker image, a local command, or committed snapshot files. */
export type Endpoint =
  | { kind: 'image'; image: string }
  | { kind: 'command'; command: string }
  /** `label`: how the report names the side (default: its folder). */
  | { kind: 'snapshots'; dir: string; label?: string };

export interface Timeouts {
  specMs: number;
  discoverMs: number;
  captureMs: number;
}

/**
 * When a capture ends (run/capture.ts StopReason). Checkpoints never end it by themselves: estuary's
 * snapshot tests (`flowctl preview --sessions 1 --delay D`) read one transaction spanning every
 * checkpoint within D, and estuary-cdk connectors write one checkpoint per binding before any document.
 */
export interface CaptureBounds {
  /** Documents kept per collection; the capture ends when every binding has given this many. */
  docsPerCollection: number;
  /** The capture ends at the latest after this many seconds. */
  seconds: number;
  /** The capture ends when the connector has written nothing for this many seconds after a checkpoint. */
  idleSeconds: number;
}

/**
 * The one options object, built once from action inputs (action/inputs.ts) or CLI flags
 * (cli/args.ts). Nothing else reads process.env or core.getInput.
 */
/** The protocol connectors speak: Flow's capture protocol, Airbyte's, or `auto` (an image's labels say; a command is Flow). */
export type ConnectorProtocol = 'auto' | 'flow' | 'airbyte';

/** `missing`: an image already on the machine is used as it is; `always`: pulled anyway. */
export type PullPolicy = 'missing' | 'always';

export interface Options {
  /** Connector folder; its name is the folder's name. */
  connectorDir: string;
  connector: string;
  baseline: Endpoint;
  candidate: Endpoint;
  snapshotsDir: string;
  /** Endpoint config file (sops-encrypted or plain). */
  configFile?: string;
  /** age identity text (the contents of a key file) from the sops-age-key input. */
  sopsAgeKey?: string;
  /**
   * The environment the secrets stage reads, as `connector-compat decrypt` does: SOPS_AGE_KEY and
   * SOPS_AGE_KEY_FILE (secrets/index.ts resolves every key source, in one place), and PATH for `sops`.
   */
  env: NodeJS.ProcessEnv;
  mode: 'check' | 'update';
  stages: Stage[];
  failOn: FailOn;
  acceptFile?: string;
  /** Whether a missing accept file is an error (it is when the user named it). */
  acceptFileRequired: boolean;
  /** A folder of the baseline's ATF patch files (input atf-patches). */
  atfPatchesDir?: string;
  approveLabel: string;
  comment: boolean;
  githubToken?: string;
  cacheImages: boolean;
  pull: PullPolicy;
  /** Input protocol: which protocol both sides speak (default auto). */
  protocol: ConnectorProtocol;
  network: string;
  /** Memory limit of connector containers (`docker run --memory`); Flow's runtime gives 1g. */
  memory: string;
  /** Platform of connector containers (`docker run --platform`); Flow's runtime runs linux/amd64. Undefined: the image's own. */
  platform?: string;
  logLevel: string;
  timeouts: Timeouts;
  capture: CaptureBounds;
  /** The bindings of the connector's test.flow.yaml, which the capture opens; every discovered one when absent. */
  testFlow?: TestFlowBinding[];
  jsonPath?: string;
  markdownPath?: string;
}

/**
 * A binding of a test.flow.yaml capture, as estuary/flow `crates/models/src/captures.rs` defines
 * `CaptureBinding`: its resource config, target collection, whether it is disabled ("inactive, and
 * not validated"), and its backfill counter (part of the binding's state key).
 */
export interface TestFlowBinding {
  resource: JsonObject;
  target?: string;
  disable: boolean;
  backfill?: number;
}

export const DEFAULT_TIMEOUTS: Timeouts = { specMs: 120_000, discoverMs: 600_000, captureMs: 600_000 };
export const DEFAULT_CAPTURE: CaptureBounds = { docsPerCollection: 5, seconds: 120, idleSeconds: 5 };
export const DEFAULT_APPROVE_LABEL = 'compat:approved';
export const DEFAULT_STAGES: Stage[] = ['spec', 'discover', 'capture', 'migration'];
