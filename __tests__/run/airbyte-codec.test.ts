// An Airbyte source's stdout read as the Flow responses airbyte-to-flow would send, and its state
// kept as the Airbyte platform keeps it (shapes: airbytehq/airbyte-protocol airbyte_protocol.yaml).
import { describe, expect, it } from 'vitest';
import { AirbyteCodec, applyAirbyteState, stateFileOf } from '../../src/run/airbyte-codec.js';
import { configuredCatalog } from '../../src/run/airbyte.js';

const line = (m: unknown) => JSON.stringify(m);
const streamState = (name: string, state: unknown, namespace?: string) => ({
  type: 'STREAM',
  stream: { stream_descriptor: { name, ...(namespace ? { namespace } : {}) }, stream_state: state },
});

describe('the Airbyte codec', () => {
  it('turns a read into opened, captured documents and checkpoints of the whole task state', () => {
    const codec = new AirbyteCodec({
      bindings: new Map([
        ['users', 0],
        ['crm/deals', 1],
      ]),
    });
    expect(codec.takePending()).toEqual({ type: 'opened', body: {} });
    expect(codec.takePending()).toBeUndefined();
    expect(codec.decode(line({ type: 'RECORD', record: { stream: 'deals', namespace: 'crm', data: { id: 1 }, emitted_at: 1 } }))).toEqual({
      type: 'captured',
      body: { binding: 1, doc: { id: 1 } },
    });
    codec.decode(line({ type: 'STATE', state: { ...streamState('users', { cursor: 'a' }), sourceStats: { recordCount: 1 } } }));
    const last = codec.decode(line({ type: 'STATE', state: streamState('deals', { cursor: 'b' }, 'crm') }));
    expect(last).toEqual({
      type: 'checkpoint',
      body: {
        state: {
          updated: { streams: { users: streamState('users', { cursor: 'a' }), 'crm/deals': streamState('deals', { cursor: 'b' }, 'crm') } },
          mergePatch: false,
        },
      },
    });
  });

  it('passes over logs, other traces and lines that are no messages, counting the latter', () => {
    const logs: string[] = [];
    const codec = new AirbyteCodec({ log: (l) => logs.push(l) });
    expect(codec.decode('Starting the sync')).toBeUndefined();
    expect(codec.decode('{"not":"a message"}')).toBeUndefined();
    expect(codec.decode(line({ type: 'LOG', log: { level: 'WARN', message: 'slow' } }))).toBeUndefined();
    expect(codec.decode(line({ type: 'TRACE', trace: { type: 'STREAM_STATUS', emitted_at: 1 } }))).toBeUndefined();
    expect(codec.ignored).toBe(2);
    expect(logs).toEqual(['WARN slow']);
  });

  it('ends on a TRACE error, a failed check, or a record of a stream the catalog does not configure', () => {
    const codec = new AirbyteCodec({ bindings: new Map([['users', 0]]) });
    expect(
      codec.decode(
        line({ type: 'TRACE', trace: { type: 'ERROR', emitted_at: 1, error: { message: 'boom', failure_type: 'config_error' } } }),
      ),
    ).toEqual({
      failure: 'trace',
      detail: 'the connector reported an error: boom',
    });
    expect(codec.decode(line({ type: 'CONNECTION_STATUS', connectionStatus: { status: 'FAILED', message: 'bad key' } }))).toEqual({
      failure: 'unexpected',
      detail: 'check failed: bad key',
    });
    expect(codec.decode(line({ type: 'RECORD', record: { stream: 'teams', data: {}, emitted_at: 1 } }))).toMatchObject({
      failure: 'unexpected',
    });
  });

  it('keeps the last state of each form, and writes the --state file the platform would', () => {
    const global = {
      type: 'GLOBAL',
      global: { shared_state: { lsn: 5 }, stream_states: [{ stream_descriptor: { name: 'users' }, stream_state: {} }] },
    };
    expect(stateFileOf(applyAirbyteState({}, global as never) as never)).toEqual([global]);
    expect(stateFileOf(applyAirbyteState({}, { data: { users: { cursor: 3 } } }) as never)).toEqual({ users: { cursor: 3 } });
    const twice = applyAirbyteState(
      applyAirbyteState({}, streamState('users', { c: 1 }) as never),
      streamState('users', { c: 2 }) as never,
    );
    expect(stateFileOf(twice as never)).toEqual([streamState('users', { c: 2 })]);
    expect(stateFileOf(undefined)).toEqual([]);
  });
});

describe('the configured catalog of a read', () => {
  it('is built from the bindings as adapt_pull_request_stream builds it', () => {
    const catalog = configuredCatalog([
      {
        resourceConfig: { stream: 'users', syncMode: 'incremental', cursorField: ['updated_at'] },
        resourcePath: ['users'],
        stateKey: 'users',
        backfill: 0,
        collection: { name: 'acmeCo/users', key: ['/id', '/a~1b'], writeSchema: { type: 'object' }, projections: [] },
      },
    ]);
    expect(catalog).toEqual({
      streams: [
        {
          sync_mode: 'incremental',
          destination_sync_mode: 'append',
          cursor_field: ['updated_at'],
          primary_key: [['id'], ['a/b']],
          stream: { name: 'users', json_schema: { type: 'object' }, supported_sync_modes: ['incremental'] },
        },
      ],
    });
  });
});
