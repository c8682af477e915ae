// An Airbyte connector's outputs seen as Flow sees them when airbyte-to-flow wraps it
// (estuary/airbyte airbyte-to-flow/src/interceptors/airbyte_source_interceptor.rs), before any
// patch file of an ATF image: so both protocols meet in one model and one set of rules.
import type { AirbyteRecord, AirbyteSpec, AirbyteStream } from '../model/airbyte.js';
import { ATF_RESOURCE_CONFIG_SCHEMA, RECORDS_TENANT } from '../model/airbyte.js';
import { joinPointer } from '../model/pointer.js';
import { DEFAULT_RESOURCE_PATH_POINTERS } from '../model/resource-path.js';
import { type Binding, type CapturedDoc, FLOW_CAPTURE_PROTOCOL, type JsonObject, type SpecResponse } from '../model/types.js';

/** `adapt_spec_response_stream`: the connection specification is the config schema; every stream's resource is a ResourceSpec. */
export function flowSpecOf(spec: AirbyteSpec): SpecResponse {
  return {
    protocol: FLOW_CAPTURE_PROTOCOL,
    configSchema: spec.connectionSpecification,
    resourceConfigSchema: ATF_RESOURCE_CONFIG_SCHEMA,
    ...(spec.documentationUrl !== undefined ? { documentationUrl: spec.documentationUrl } : {}),
    resourcePathPointers: [...DEFAULT_RESOURCE_PATH_POINTERS],
  };
}

/**
 * A stream's resource path as airbyte-to-flow forms it (`resource_spec_to_resource_path`): its
 * namespace when it has one, then its name. Joined by `/`, it is how streams are told apart here.
 */
export const streamPath = (name: string, namespace?: string | null): string[] => (namespace ? [namespace, name] : [name]);

/** `stream_to_recommended_name`: each `/`-separated part keeps letters, digits, `-`, `.` and `_`; empty parts go. */
export function recommendedNameOf(stream: string): string {
  return stream
    .split('/')
    .map((part) => [...part].filter((c) => /[\p{L}\p{N}._-]/u.test(c)).join(''))
    .filter((part) => part !== '')
    .join('/');
}

/**
 * `adapt_discover_response_stream`: incremental when the stream supports it; the key is the source's
 * primary key as pointers; the cursor is the default cursor field, else the key's fields.
 */
export function bindingOf(stream: AirbyteStream): Binding {
  const key = (stream.source_defined_primary_key ?? []).map((path) => joinPointer('', ...path));
  const cursor = stream.default_cursor_field?.length ? stream.default_cursor_field : key.map((p) => p.slice(1));
  const resourceConfig: JsonObject = {
    stream: stream.name,
    ...(stream.namespace !== undefined && stream.namespace !== null ? { namespace: stream.namespace } : {}),
    syncMode: stream.supported_sync_modes?.includes('incremental') ? 'incremental' : 'full_refresh',
    cursorField: cursor,
  };
  return { recommendedName: recommendedNameOf(stream.name), resourceConfig, documentSchema: stream.json_schema, key };
}

/** `adapt_pull_response_stream`: each record's data is a document of its stream's binding, in the collection a live capture names. */
export function docsOfRecords(records: Iterable<AirbyteRecord>): CapturedDoc[] {
  const docs: CapturedDoc[] = [];
  for (const r of records) docs.push([`${RECORDS_TENANT}/${recommendedNameOf(r.stream)}`, r.data]);
  return docs;
}
