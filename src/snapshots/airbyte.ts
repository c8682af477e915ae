// Airbyte-shaped snapshot files, read offline: a spec (ConnectorSpecification, or the SPEC message),
// a catalog (AirbyteCatalog, or the CATALOG message), and records as JSON lines: RECORD messages, or
// bare AirbyteRecordMessage lines as the acceptance tests' expected_records files hold them
// (airbytehq/airbyte connector_acceptance_test/conftest.py: `AirbyteRecordMessage.parse_raw(line)`).
import { parse as parseYaml } from 'yaml';
import type { AirbyteRecord, AirbyteSpec, AirbyteStream } from '../model/airbyte.js';
import { InputError } from '../model/errors.js';
import { isJsonObject } from '../model/json.js';
import { parseJsonText } from './json-file.js';
import { shapeChecker } from './shape-check.js';

const streamShape = {
  type: 'object',
  required: ['name', 'json_schema'],
  properties: {
    name: { type: 'string' },
    json_schema: { type: ['object', 'boolean'] },
    supported_sync_modes: { type: 'array', items: { enum: ['full_refresh', 'incremental'] } },
    source_defined_cursor: { type: ['boolean', 'null'] },
    default_cursor_field: { type: ['array', 'null'], items: { type: 'string' } },
    source_defined_primary_key: { type: ['array', 'null'], items: { type: 'array', items: { type: 'string' } } },
    namespace: { type: ['string', 'null'] },
  },
};
const checks = {
  spec: {
    schema: {
      type: 'object',
      required: ['connectionSpecification'],
      properties: { connectionSpecification: { type: ['object', 'boolean'] } },
    },
    what: 'an Airbyte spec (a ConnectorSpecification, or a SPEC message)',
  },
  catalog: {
    schema: { type: 'object', required: ['streams'], properties: { streams: { type: 'array', items: streamShape } } },
    what: 'an Airbyte catalog (an AirbyteCatalog, or a CATALOG message)',
  },
  record: {
    schema: {
      type: 'object',
      required: ['stream', 'data'],
      properties: { stream: { type: 'string' }, data: { type: 'object' } },
    },
    what: 'an Airbyte record (a RECORD message, or an AirbyteRecordMessage)',
  },
};

const checkShape = shapeChecker(checks);
function check<T>(kind: keyof typeof checks, value: unknown, where: string): T {
  checkShape(kind, value, where);
  return value as T;
}

/** The payload of a message of this type, or the value itself when it is not a message. */
function unwrap(value: unknown, type: string, field: string): unknown {
  const one = Array.isArray(value) && value.length === 1 ? value[0] : value;
  return isJsonObject(one) && one.type === type && field in one ? one[field] : one;
}

/** Whether parsed spec text is Airbyte's (it has `connectionSpecification`) rather than Flow's. */
export function isAirbyteSpec(value: unknown): boolean {
  const spec = unwrap(value, 'SPEC', 'spec');
  return isJsonObject(spec) && 'connectionSpecification' in spec;
}

/** Whether a parsed discover file is an Airbyte catalog (it has `streams`) rather than Flow bindings. */
export function isAirbyteCatalog(value: unknown): boolean {
  const catalog = unwrap(value, 'CATALOG', 'catalog');
  return isJsonObject(catalog) && 'streams' in catalog;
}

/** A spec file's text: JSON, or YAML for a spec.yaml as Airbyte's connectors keep it. */
export function parseSpecText(text: string, file: string): unknown {
  if (!/\.ya?ml$/.test(file)) return parseJsonText(text, file);
  try {
    return parseYaml(text);
  } catch (err) {
    throw new InputError(`${file}: invalid YAML: ${(err as Error).message.split('\n')[0]}`);
  }
}

export const asAirbyteSpec = (value: unknown, file: string): AirbyteSpec => check('spec', unwrap(value, 'SPEC', 'spec'), file);

export const asAirbyteCatalog = (value: unknown, file: string): AirbyteStream[] =>
  check<{ streams: AirbyteStream[] }>('catalog', unwrap(value, 'CATALOG', 'catalog'), file).streams;

/**
 * The records of a JSON-lines file. Lines of other message types (STATE, LOG, TRACE) are passed
 * over; a line that is no record and no message is an input error naming its line.
 */
export function parseAirbyteRecords(text: string, file: string): AirbyteRecord[] {
  const records: AirbyteRecord[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const record = airbyteRecordOf(lines[i]!, file, i);
    if (record) records.push(record);
  }
  return records;
}

/** The record of one line (`index` counts from 0), none for a blank line or another message type. */
export function airbyteRecordOf(text: string, file: string, index: number): AirbyteRecord | undefined {
  const line = text.trim();
  if (line === '') return undefined;
  const value = parseJsonText(line, file, index);
  if (isJsonObject(value) && typeof value.type === 'string' && value.type !== 'RECORD') return undefined;
  return check<AirbyteRecord>('record', unwrap(value, 'RECORD', 'record'), `${file}:${index + 1}`);
}
