import { describe, expect, it } from 'vitest';
import { applyCheckpoint, mergePatch } from '../../src/run/state.js';

describe('mergePatch (RFC 7396)', () => {
  // The examples of RFC 7396, appendix A.
  it.each([
    [{ a: 'b' }, { a: 'c' }, { a: 'c' }],
    [{ a: 'b' }, { b: 'c' }, { a: 'b', b: 'c' }],
    [{ a: 'b' }, { a: null }, {}],
    [{ a: 'b', b: 'c' }, { a: null }, { b: 'c' }],
    [{ a: ['b'] }, { a: 'c' }, { a: 'c' }],
    [{ a: 'c' }, { a: ['b'] }, { a: ['b'] }],
    [{ a: { b: 'c' } }, { a: { b: 'd', c: null } }, { a: { b: 'd' } }],
    [{ a: [{ b: 'c' }] }, { a: [1] }, { a: [1] }],
    [
      ['a', 'b'],
      ['c', 'd'],
      ['c', 'd'],
    ],
    [{ a: 'b' }, ['c'], ['c']],
    [{ a: 'foo' }, null, null],
    [{ a: 'foo' }, 'bar', 'bar'],
    [{ e: null }, { a: 1 }, { e: null, a: 1 }],
    [[1, 2], { a: 'b', c: null }, { a: 'b' }],
    [{}, { a: { bb: { ccc: null } } }, { a: { bb: {} } }],
  ])('%j patched with %j is %j', (target, patch, expected) => {
    expect(mergePatch(target, patch)).toEqual(expected);
  });

  it('merges a key named __proto__ as any other (a property of the state, never its prototype)', () => {
    const patch = JSON.parse('{"__proto__":{"cursor":2},"b":1}');
    const merged = mergePatch({}, patch);
    expect(JSON.stringify(merged)).toBe('{"__proto__":{"cursor":2},"b":1}');
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
    expect(JSON.stringify(mergePatch(merged, JSON.parse('{"__proto__":{"page":3}}')))).toBe('{"__proto__":{"cursor":2,"page":3},"b":1}');
  });

  it('leaves its inputs untouched', () => {
    const target = { a: { b: 1 } };
    mergePatch(target, { a: { b: 2 } });
    expect(target).toEqual({ a: { b: 1 } });
  });
});

describe('applyCheckpoint', () => {
  it('accumulates merge-patch checkpoints and lets a replacing one reset the state', () => {
    const checkpoints = [
      { updated: { users: { cursor: 1 } }, mergePatch: true },
      { updated: { events: { page: 'p2' } }, mergePatch: true },
      { updated: { users: { cursor: 2 }, events: null }, mergePatch: true },
    ];
    const merged = checkpoints.reduce(applyCheckpoint, { keep: 'x' });
    expect(merged).toEqual({ keep: 'x', users: { cursor: 2 } });
    const replaced = applyCheckpoint(merged, { updated: { bindingStateV1: { users: {} } }, mergePatch: false });
    expect(replaced).toEqual({ bindingStateV1: { users: {} } });
  });

  it('treats a checkpoint without mergePatch as a replacement, as the protocol default false does', () => {
    expect(applyCheckpoint({ a: 1 }, { updated: { b: 2 } })).toEqual({ b: 2 });
  });
});
