// The plain objects that flow through the pipeline (design.md). No I/O, no behaviour.
import type { AirbyteSpec, AirbyteStream } from './airbyte.js';

export type Stage = 'spec' | 'discover' | 'capture' | 'migration';
export const STAGES: readonly Stage[] = ['spec', 'discover', 'capture', 'migration'];

export type Severity = 'breaking' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['breaking', 'warning', 'info'];

export type FailOn = 'breaking' | 'warning' | 'never';

export type Side = 'baseline' | 'candidate';

export type JsonObject = { [key: string]: unknown };

/** The one version of Flow's capture protocol (estuary/flow `capture.proto`: "Protocol version must be 3032023"). */
export const FLOW_CAPTURE_PROTOCOL = 3032023;

/** A Spec response as flowctl prints it (`{"spec": {...}}` unwrapped). */
export interface SpecResponse {
  protocol?: number;
  configSchema?: unknown;
  resourceConfigSchema?: unknown;
  documentationUrl?: string;
  oauth2?: JsonObject;
  resourcePathPointers?: string[];
  [key: string]: unknown;
}

/** One discovered binding. */
export interface Binding {
  recommendedName: string;
  resourceConfig: JsonObject;
  documentSchema: unknown;
  key: string[];
  disable?: boolean;
  isFallbackKey?: boolean;
  resourcePath?: string[];
  [key: string]: unknown;
}

/** One captured document, as estuary's snapshots keep it: [collection, document]. */
export type CapturedDoc = [collection: string, doc: JsonObject];

/**
 * Captured documents read together (a chunk of a file), with the JSON text each was parsed from
 * where it still says exactly that document: a comparison that sets documents aside writes that
 * text instead of serialising the document again.
 */
export interface DocBatch {
  docs: readonly CapturedDoc[];
  texts?: readonly (string | undefined)[];
}

/** Where a stage's artifact was read from, for annotations and messages. */
export interface SnapshotSources {
  spec?: string;
  discover?: string;
  capture?: string;
}

/** One side's outputs: any stage may be missing (skipped). */
export interface SnapshotSet {
  /** Human label: a folder, an image or a command. */
  label: string;
  spec?: SpecResponse;
  discover?: Binding[];
  capture?: CapturedDoc[];
  sources: SnapshotSources;
  /** The capture is streamed from sources.capture when compared, not held. */
  captureStreamed?: boolean;
  /** The streamed capture file's size in bytes. */
  captureBytes?: number;
  /** The capture file holds Airbyte records (JSON lines of RECORD messages), not a Flow capture. */
  captureRecords?: boolean;
  /** A streamed capture's collections, known once it is compared (its documents are not held). */
  capturedCollections?: string[];
  /** `airbyte`: read from an Airbyte connector and seen as airbyte-to-flow shows it to Flow (normalize/airbyte.ts). */
  protocol?: 'flow' | 'airbyte';
  /** An Airbyte side's catalog as the connector gave it, for the rules in Airbyte's terms (sync modes, cursors). */
  airbyteStreams?: AirbyteStream[];
  /** An Airbyte side's spec as the connector gave it. */
  airbyteSpec?: AirbyteSpec;
}

export interface Finding {
  /** Stable 12-hex fingerprint of the connector, rule, stage, binding, pointer and values (compare/finding.ts). */
  id: string;
  rule: string;
  stage: Stage;
  severity: Severity;
  binding?: string;
  pointer?: string;
  before?: unknown;
  after?: unknown;
  message: string;
  witness?: unknown;
  accepted?: { reason: string };
  /** Which comparison produced it: the two sides, or a side against its committed snapshot. */
  origin?: 'baseline-candidate' | 'baseline-snapshot' | 'candidate-snapshot';
  /** Set when a built-in policy preset explains the finding. */
  explanation?: string;
  /** The binding's resource path and its collection, whichever of them `binding` is (compare/binding-names.ts). */
  resourcePath?: string;
  collection?: string;
  /** The ATF patch file that set what this finding is about (`spec.patch.json`, `streams/users.pk.json`). */
  atfPatch?: string;
  /** The id of the finding that explains this one (its root cause): shown under it, still counted here. */
  causedBy?: string;
}

export type StageStatus = 'identical' | 'compatible' | 'breaking' | 'skipped' | 'error';

export interface StageCounts {
  breaking: number;
  warning: number;
  info: number;
  accepted: number;
}

export interface StageResult {
  stage: Stage;
  status: StageStatus;
  reason?: string;
  counts: StageCounts;
}

export interface SideInfo {
  label: string;
  image?: string;
  digest?: string;
  command?: string;
  /** `airbyte` for a side that speaks the Airbyte protocol (seen through airbyte-to-flow's eyes); absent for Flow. */
  protocol?: 'airbyte';
  /** How a live capture went: what ended it, and the documents each opened binding gave, by collection. */
  capture?: { endedBy: CaptureEnd; documents: Record<string, number> };
}

/**
 * What ended a capture: the connector exited on its own (`exit`); every binding gave the documents
 * asked for (`documents`); the connector was quiet for the idle bound after a checkpoint (`idle`: a
 * caught-up connector that polls again later, as estuary-cdk connectors do); or the seconds bound.
 */
export type CaptureEnd = 'exit' | 'documents' | 'idle' | 'seconds';

export interface Report {
  version: 1;
  connector: string;
  verdict: 'pass' | 'fail';
  sides: { baseline: SideInfo; candidate: SideInfo };
  stages: StageResult[];
  findings: Finding[];
  /** Accept-file entries that matched nothing. Not part of the design.md contract's required keys. */
  stale?: AcceptEntry[];
  /** Whether each side's live output was compared with its committed snapshots (live checks only). */
  drift?: { baseline: 'compared' | 'skipped'; candidate: 'compared' | 'skipped' };
  /** The baseline's ATF patch files, when they were read (input atf-patches). */
  atfPatches?: AtfPatchReport;
  /** Set in update mode: the committed snapshots were rewritten from the live outputs. */
  updated?: boolean;
  /** The snapshot files each side's stages were read from, or for a live side its committed ones: for annotations. */
  files?: Partial<Record<Side, SnapshotSources>>;
  /** Set by the action when the pull request carries the approval label: findings stand, the step passes. */
  approval?: { label: string };
}

/** One entry of compat.yaml's `accept:` list. */
export interface AcceptEntry {
  rule?: string;
  id?: string;
  binding?: string;
  pointer?: string;
  reason: string;
}

export interface AcceptFile {
  accept: AcceptEntry[];
  /** Severity remapping per rule id. */
  severity: Record<string, Severity>;
  /** Endpoint configs known to be in use, judged against a narrowed configSchema. */
  knownConfigs: unknown[];
  /** Built-in presets switched on (default: estuary-cdk-import). */
  presets: string[];
  /** Extra capture redactions: JSON pointers (globs with *) whose values are not compared. */
  redact: string[];
  source?: string;
}

/** One patch file an ATF image applies (see snapshots/atf-patches.ts). */
export interface AtfPatch {
  file: string;
  kind: 'spec' | 'oauth2' | 'documentation-url' | 'selected-streams' | 'stream-schema' | 'stream-key';
  /** For streams/ files: the stream it applies to, or `*` for every stream. */
  stream?: string;
  content: unknown;
}

export interface AtfPatchError {
  file: string;
  reason: string;
}

/** The report's account of the baseline's ATF patches: each file, what it changes, whether the candidate does the same. */
export interface AtfPatchReport {
  /** Where the files were read: a folder, or an image. */
  source: string;
  /** The upstream Airbyte image an ATF image wraps (its io.airbyte.name and io.airbyte.version labels). */
  upstream?: { name: string; version?: string };
  files: { file: string; changes: string; places: number; reproduced: 'yes' | 'no' | 'partly'; missing: string[] }[];
  errors: AtfPatchError[];
}
