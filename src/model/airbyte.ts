// The Airbyte protocol's shapes, as airbytehq/airbyte-protocol defines them
// (protocol-models/src/main/resources/airbyte_protocol/airbyte_protocol.yaml) and estuary/airbyte's
// airbyte-to-flow reads them (airbyte-to-flow/src/libs/airbyte_catalog.rs). No behaviour.
/** A JSON object (model/types.ts has the same; not imported, as types.ts imports this file). */
type JsonObject = { [key: string]: unknown };

export type AirbyteSyncMode = 'full_refresh' | 'incremental';

/** `ConnectorSpecification`: what `spec` answers. */
export interface AirbyteSpec {
  connectionSpecification: unknown;
  documentationUrl?: string;
  changelogUrl?: string;
  supportsIncremental?: boolean;
  advanced_auth?: unknown;
  [key: string]: unknown;
}

/** `AirbyteStream`: one stream of the catalog `discover` answers. */
export interface AirbyteStream {
  name: string;
  json_schema: unknown;
  supported_sync_modes?: AirbyteSyncMode[];
  source_defined_cursor?: boolean;
  default_cursor_field?: string[];
  source_defined_primary_key?: string[][];
  namespace?: string;
  [key: string]: unknown;
}

/** `AirbyteRecordMessage`. */
export interface AirbyteRecord {
  stream: string;
  data: JsonObject;
  emitted_at?: number;
  namespace?: string;
}

/** `AirbyteStateMessage` in its three forms: STREAM, GLOBAL, and LEGACY (`data` only). */
export interface AirbyteState {
  type?: 'STREAM' | 'GLOBAL' | 'LEGACY';
  stream?: { stream_descriptor: { name: string; namespace?: string }; stream_state?: unknown };
  global?: { shared_state?: unknown; stream_states: { stream_descriptor: { name: string; namespace?: string }; stream_state?: unknown }[] };
  data?: unknown;
}

/** The message types a source writes on stdout, one JSON object per line. */
export const AIRBYTE_MESSAGE_TYPES = ['RECORD', 'STATE', 'LOG', 'SPEC', 'CONNECTION_STATUS', 'CATALOG', 'TRACE', 'CONTROL'] as const;
export type AirbyteMessageType = (typeof AIRBYTE_MESSAGE_TYPES)[number];

export interface AirbyteMessage {
  type: AirbyteMessageType;
  spec?: AirbyteSpec;
  catalog?: { streams: AirbyteStream[] };
  record?: AirbyteRecord;
  state?: AirbyteState;
  log?: { level: string; message: string };
  trace?: { type: string; emitted_at?: number; error?: { message?: string; internal_message?: string; failure_type?: string } };
  connectionStatus?: { status: 'SUCCEEDED' | 'FAILED'; message?: string };
  [key: string]: unknown;
}

/**
 * The resource config schema of every ATF image (airbyte-to-flow's `ResourceSpec`, as a real ATF
 * image's spec shows it: ../shared/fixtures/estuary/source-notion/atf).
 */
export const ATF_RESOURCE_CONFIG_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'ResourceSpec',
  type: 'object',
  required: ['stream', 'syncMode'],
  properties: {
    cursorField: { type: ['array', 'null'], items: { type: 'string' } },
    namespace: { type: ['string', 'null'] },
    stream: { type: 'string' },
    syncMode: { type: 'string', enum: ['incremental', 'full_refresh'] },
  },
} as const;

/** Where an Airbyte side's records land: collections named as a live capture names them (run/protocol.ts DEFAULT_CAPTURE_NAME's tenant). */
export const RECORDS_TENANT = 'acmeCo';
