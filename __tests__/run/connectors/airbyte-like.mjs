#!/usr/bin/env node
// An Airbyte source as the Python airbyte-cdk runs one (airbytehq/airbyte-python-cdk
// airbyte_cdk/entrypoint.py): `spec`, `check --config F`, `discover --config F`,
// `read --config F --catalog F [--state F]`, one JSON message per stdout line, shapes of
// airbytehq/airbyte-protocol airbyte_protocol.yaml. Two versions of one connector (COMPAT_AIRBYTE_VERSION
// 1 or 2) with the kinds of change an upstream bump brings:
//   - start_date becomes required in the spec;
//   - users: no longer incremental (sync mode removed), email no longer nullable;
//   - events: primary key [id] -> [id, created], source-defined cursor created -> modified;
//   - teams: stream removed.
// Knobs: COMPAT_AIRBYTE_NOISE=1 prints a non-protocol line on stdout first (some connectors print);
// COMPAT_AIRBYTE_TRACE_ERROR=1 ends a read with a TRACE error, as the CDK does on a failure.
import fs from 'node:fs';

const v2 = process.env.COMPAT_AIRBYTE_VERSION === '2';
const [command, ...rest] = process.argv.slice(2);
const flag = (name) => {
  const at = rest.indexOf(`--${name}`);
  return at >= 0 ? rest[at + 1] : undefined;
};
const emit = (message) => process.stdout.write(`${JSON.stringify(message)}\n`);
const log = (message, level = 'INFO') => emit({ type: 'LOG', log: { level, message } });
const now = () => Date.now();

if (process.env.COMPAT_AIRBYTE_NOISE === '1') process.stdout.write('Starting source-example (not a message)\n');

const spec = {
  documentationUrl: 'https://docs.airbyte.com/integrations/sources/example',
  connectionSpecification: {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Example Spec',
    type: 'object',
    required: v2 ? ['api_key', 'start_date'] : ['api_key'],
    properties: {
      api_key: { type: 'string', airbyte_secret: true },
      start_date: { type: 'string', format: 'date-time' },
    },
  },
};

const streams = [
  {
    name: 'users',
    json_schema: {
      type: 'object',
      properties: { id: { type: 'integer' }, email: { type: v2 ? 'string' : ['null', 'string'] }, updated_at: { type: 'string' } },
    },
    supported_sync_modes: v2 ? ['full_refresh'] : ['full_refresh', 'incremental'],
    source_defined_cursor: true,
    default_cursor_field: ['updated_at'],
    source_defined_primary_key: [['id']],
  },
  {
    name: 'events',
    json_schema: { type: 'object', properties: { id: { type: 'string' }, created: { type: 'integer' }, modified: { type: 'integer' } } },
    supported_sync_modes: ['full_refresh', 'incremental'],
    source_defined_cursor: true,
    default_cursor_field: [v2 ? 'modified' : 'created'],
    source_defined_primary_key: v2 ? [['id'], ['created']] : [['id']],
  },
  ...(v2
    ? []
    : [
        {
          name: 'teams',
          json_schema: { type: 'object', properties: { id: { type: 'integer' } } },
          supported_sync_modes: ['full_refresh'],
          source_defined_primary_key: [['id']],
        },
      ]),
];

const data = {
  users: [
    { id: 1, email: 'a@example.com', updated_at: '2024-01-01' },
    { id: 2, email: v2 ? 'b@example.com' : null, updated_at: '2024-01-02' },
  ],
  events: [
    { id: 'e1', created: 10, modified: 11 },
    { id: 'e2', created: 20, modified: 21 },
  ],
  teams: [{ id: 7 }],
};

const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));

function check(config) {
  // airbyte-cdk `check_config_against_spec_or_exit` then `check_connection`.
  const missing = spec.connectionSpecification.required.filter((k) => config[k] === undefined);
  if (missing.length > 0) return { status: 'FAILED', message: `Config validation error: '${missing[0]}' is a required property` };
  if (config.api_key === 'wrong') return { status: 'FAILED', message: 'Unauthorized: the API key is not valid' };
  return { status: 'SUCCEEDED' };
}

/** The cursor value a stream's STREAM state holds, from the state file (a list of state messages). */
function cursorOf(state, name) {
  const found = (Array.isArray(state) ? state : []).find((m) => m.type === 'STREAM' && m.stream?.stream_descriptor?.name === name);
  return found?.stream?.stream_state?.cursor;
}

function read(_config, catalog, state) {
  const status = (name, s) =>
    emit({ type: 'TRACE', trace: { type: 'STREAM_STATUS', emitted_at: now(), stream_status: { stream_descriptor: { name }, status: s } } });
  for (const configured of catalog.streams) {
    const name = configured.stream.name;
    const stream = streams.find((s) => s.name === name);
    if (!stream) {
      log(`stream ${name} of the catalog is not in the source`, 'WARN');
      continue;
    }
    status(name, 'STARTED');
    const field = stream.default_cursor_field?.[0];
    const incremental = configured.sync_mode === 'incremental' && stream.supported_sync_modes.includes('incremental');
    const from = incremental ? cursorOf(state, name) : undefined;
    let cursor = from;
    let count = 0;
    for (const row of data[name]) {
      if (from !== undefined && !(row[field] > from)) continue;
      emit({ type: 'RECORD', record: { stream: name, data: row, emitted_at: now() } });
      count += 1;
      if (incremental && (cursor === undefined || row[field] > cursor)) cursor = row[field];
    }
    if (process.env.COMPAT_AIRBYTE_TRACE_ERROR === '1') {
      emit({
        type: 'TRACE',
        trace: {
          type: 'ERROR',
          emitted_at: now(),
          error: { message: `Something went wrong in the connector reading ${name}.`, failure_type: 'system_error' },
        },
      });
      process.exit(1);
    }
    emit({
      type: 'STATE',
      state: {
        type: 'STREAM',
        stream: { stream_descriptor: { name }, stream_state: incremental ? { cursor } : {} },
        sourceStats: { recordCount: count },
      },
    });
    status(name, 'COMPLETE');
  }
}

switch (command) {
  case 'spec':
    emit({ type: 'SPEC', spec });
    break;
  case 'check':
    emit({ type: 'CONNECTION_STATUS', connectionStatus: check(readJson(flag('config'))) });
    break;
  case 'discover':
    readJson(flag('config'));
    emit({ type: 'CATALOG', catalog: { streams } });
    break;
  case 'read':
    read(readJson(flag('config')), readJson(flag('catalog')), flag('state') ? readJson(flag('state')) : []);
    break;
  default:
    process.stderr.write(`usage: connector {spec,check,discover,read} ...; got ${command}\n`);
    process.exit(2);
}
