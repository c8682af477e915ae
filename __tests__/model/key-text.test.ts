import { describe, expect, it } from 'vitest';
import { collectionKeyText } from '../../src/model/json.js';

describe('a document key as one text (pairs documents of two captures)', () => {
  it('is the JSON of the key values, the same for objects written in another key order', () => {
    const doc = { id: 7, name: 'é "x"', ok: null, at: { b: 1, a: [2, { d: 1, c: 0 }] } };
    expect(collectionKeyText(doc, ['/id'])).toBe('[7]');
    expect(collectionKeyText(doc, ['/name'])).toBe('["é \\"x\\""]');
    expect(collectionKeyText(doc, ['/ok'])).toBe('[null]');
    expect(collectionKeyText(doc, ['/id', '/name'])).toBe('[7,"é \\"x\\""]');
    const same = { at: { a: [2, { c: 0, d: 1 }], b: 1 } };
    expect(collectionKeyText(doc, ['/at'])).toBe('[{"a":[2,{"c":0,"d":1}],"b":1}]');
    expect(collectionKeyText(same, ['/at'])).toBe(collectionKeyText(doc, ['/at']));
    expect(collectionKeyText(doc, ['/at', '/id'])).toBe('[{"a":[2,{"c":0,"d":1}],"b":1},7]');
  });

  it('is none when the key is empty or a part of it is missing', () => {
    expect(collectionKeyText({ id: 1 }, [])).toBeUndefined();
    expect(collectionKeyText({ id: 1 }, undefined)).toBeUndefined();
    expect(collectionKeyText({ id: 1 }, ['/nope'])).toBeUndefined();
    expect(collectionKeyText({ id: 1 }, ['/id', '/nope'])).toBeUndefined();
  });
});
