import { describe, expect, it } from 'vitest';
import { captureBindings, openRequest, parseResponse, stateKey, validateRequest } from '../../src/run/protocol.js';
import { resourcePath } from '../../src/model/resource-path.js';

const discovered = [
  {
    recommendedName: 'users',
    resourceConfig: { stream: 'users', syncMode: 'incremental' },
    documentSchema: { type: 'object' },
    key: ['/id'],
  },
  { recommendedName: 'orders', resourceConfig: { namespace: 'shop/eu', stream: 'orders' }, documentSchema: {}, key: ['/_meta/row_id'] },
];

describe('capture bindings', () => {
  it('derives resource paths from the pointers and state keys from the paths', () => {
    expect(resourcePath({ stream: 'users' }, ['/namespace', '/stream'])).toEqual(['users']);
    expect(resourcePath({ a: { 'b/c': 'x' } }, ['/a/b~1c'])).toEqual(['x']);
    expect(stateKey(['shop/eu', 'orders'])).toBe('shop%2Feu%2Forders');
    // The cases of estuary/flow crates/assemble/src/lib.rs `test_state_key_escapes`.
    expect(stateKey(['table'])).toBe('table');
    expect(stateKey(['public', 'table'])).toBe('public%2Ftable');
    expect(stateKey(['public', 'table'], 1)).toBe('public%2Ftable.v1');
    expect(stateKey(['he!lo৬', 'a/part%', '_¾the-=res+.'], 3)).toBe('he%21lo৬%2Fa%2Fpart%25%2F_¾the-=res+..v3');
    const grossUrl = 'http://user:password@foo.bar.example.com:9000/hooks///baz?type=critical&test=true';
    expect(stateKey(['prefix', grossUrl], 42)).toBe(
      'prefix%2Fhttp%3A%2F%2Fuser%3Apassword%40foo.bar.example.com%3A9000%2Fhooks%2F%2F%2Fbaz%3Ftype=critical%26test=true.v42',
    );
    // Characters encodeURIComponent keeps are encoded here: ! ' ( ) * ~ and spaces.
    expect(stateKey(["it's (a) *test* ~x"])).toBe('it%27s%20%28a%29%20%2Atest%2A%20%7Ex');
    const [users, orders] = captureBindings(discovered, ['/namespace', '/stream'], 'acmeCo/source-x');
    expect(users).toEqual({
      resourceConfig: { stream: 'users', syncMode: 'incremental' },
      resourcePath: ['users'],
      stateKey: 'users',
      backfill: 0,
      collection: { name: 'acmeCo/users', key: ['/id'], writeSchema: { type: 'object' }, projections: [] },
    });
    expect(orders?.resourcePath).toEqual(['shop/eu', 'orders']);
  });

  it('builds Open and Validate requests in the documented shape', () => {
    const bindings = captureBindings(discovered.slice(0, 1), ['/stream'], 'acmeCo/source-x');
    const open = openRequest({
      connectorType: 'IMAGE',
      name: 'acmeCo/source-x',
      config: { k: 1 },
      bindings,
      state: {},
      intervalSeconds: 300,
    });
    expect(open).toEqual({
      open: {
        capture: { name: 'acmeCo/source-x', connectorType: 'IMAGE', config: { k: 1 }, intervalSeconds: 300, bindings },
        version: 'test',
        range: { keyBegin: 0, keyEnd: 4294967295, rClockBegin: 0, rClockEnd: 4294967295 },
        state: {},
      },
    });
    const validate = validateRequest('LOCAL', 'acmeCo/source-x', {}, bindings) as { validate: { bindings: unknown[] } };
    expect(validate.validate.bindings).toEqual([
      { resourceConfig: bindings[0]!.resourceConfig, collection: bindings[0]!.collection, backfill: 0 },
    ]);
  });
});

describe('parseResponse', () => {
  it('decodes an envelope and says why a line is not one', () => {
    expect(parseResponse('{"opened":{}}')).toEqual({ type: 'opened', body: {} });
    expect(parseResponse('INFO starting')).toBe('not JSON');
    expect(parseResponse('[1]')).toBe('not a JSON object');
    expect(parseResponse('{"a":{},"b":{}}')).toBe('an envelope with 2 fields (a, b), expected exactly one');
  });
});
