import type { FailOn, JsonObject, Stage } from './types.js';

/** How one side is obtained: a Docker image, a local command, or committed snapshot files. */
export type Endpoint = { kind: 'image'; image: string } | { kind: 'command'; command: string } | { kind: 'snapshots'; dir: string };

export interface Timeouts {
  specMs: number;
  discoverMs: number;
  captureMs: number;
}

export interface CaptureBounds {
  /** Stop after this many checkpoints. */
  checkpoints: number;
  /** Documents kept per collection in the capture snapshot. */
  docsPerCollection: number;
  /** Stop reading after this many seconds. */
  seconds: number;
}

/**
 * The one options object, built once from action inputs (action/inputs.ts) or CLI flags
 * (cli/args.ts). Nothing else reads process.env or core.getInput.
 */
export interface Options {
  /** Connector folder; its name is the folder's name. */
  connectorDir: string;
  connector: string;
  baseline: Endpoint;
  candidate: Endpoint;
  snapshotsDir: string;
  /** Endpoint config file (sops-encrypted or plain). */
  configFile?: string;
  /** age identity text (the contents of a key file), from input, SOPS_AGE_KEY or SOPS_AGE_KEY_FILE. */
  sopsAgeKey?: string;
  mode: 'check' | 'update';
  stages: Stage[];
  failOn: FailOn;
  acceptFile?: string;
  /** Whether a missing accept file is an error (it is when the user named it). */
  acceptFileRequired: boolean;
  approveLabel: string;
  comment: boolean;
  githubToken?: string;
  cacheImages: boolean;
  network: string;
  logLevel: string;
  timeouts: Timeouts;
  capture: CaptureBounds;
  /** Resource configs to capture (the connector's test.flow.yaml); every discovered binding when absent. */
  captureResources?: JsonObject[];
  jsonPath?: string;
  markdownPath?: string;
}

export const DEFAULT_TIMEOUTS: Timeouts = { specMs: 120_000, discoverMs: 600_000, captureMs: 600_000 };
export const DEFAULT_CAPTURE: CaptureBounds = { checkpoints: 1, docsPerCollection: 5, seconds: 120 };
export const DEFAULT_APPROVE_LABEL = 'compat:approved';
export const DEFAULT_STAGES: Stage[] = ['spec', 'discover', 'capture', 'migration'];
