import { describe, expect, it } from 'vitest';
import { isSubset } from '../../src/schema/index.js';
import { patternExample, patternsEntail, stringsEmpty } from '../../src/schema/patterns.js';
import { validator } from '../../src/schema/validate.js';

const str = (pattern: string) => ({ type: 'string', pattern });

function expectWitness(a: object, b: object): unknown {
  const answer = isSubset(a, b);
  expect(answer.result).toBe('not-subset');
  const w = (answer as { witness: unknown }).witness;
  const [va, vb] = [validator(a), validator(b)];
  if (!va.ok || !vb.ok) throw new Error('schemas compile');
  expect([va.validate(w), vb.validate(w)]).toEqual([true, false]);
  return w;
}

describe('patterns as regular languages (refa)', () => {
  it('decides containment of anchored patterns both ways, with an ajv-confirmed witness', () => {
    expect(isSubset(str('^[a-z]+$'), str('^[a-z0-9]+$'))).toEqual({ result: 'subset' });
    expect(expectWitness(str('^[a-z0-9]+$'), str('^[a-z]+$'))).toMatch(/[0-9]/);
  });

  it('reads a pattern as a search anywhere in the string unless anchored', () => {
    expect(isSubset(str('abc'), str('b'))).toEqual({ result: 'subset' });
    expect(expectWitness(str('b'), str('abc'))).toBe('b');
    expect(isSubset(str('^ab'), str('a'))).toEqual({ result: 'subset' });
    expect(patternsEntail(['^a|b$'], '[ab]')).toEqual({ result: 'subset' });
    expect(patternsEntail(['^a|b$'], '^a')).toEqual({ result: 'not-subset', witness: 'b' });
  });

  it('intersects several patterns on the left', () => {
    const both = { allOf: [str('^[a-z]+$'), str('^.{3}$')] };
    expect(isSubset(both, str('^[a-z]{3}$'))).toEqual({ result: 'subset' });
    expect(patternsEntail(['^[a-z]+$', '^.{3}$'], '^[a-y]{3}$')).toMatchObject({
      result: 'not-subset',
      witness: expect.stringContaining('z'),
    });
  });

  it('resolves a backreference to a single word, and leaves lookarounds undecided, saying why', () => {
    expect(isSubset(str('^(a)\\1$'), str('^aa$'))).toEqual({ result: 'subset' });
    const answer = isSubset(str('^[a-w]*$'), str('^(?:(?!x).)*$'));
    expect(answer).toMatchObject({
      result: 'unknown',
      reason: "pattern '^(?:(?!x).)*$' now required (not a regular expression the engine decides)",
    });
  });

  it('gives a readable example of a pattern for the witness search', () => {
    expect(patternExample('^[0-9]{3}-[A-Z]{2}$')).toMatch(/^[0-9]{3}-[A-Z]{2}$/);
    expect(patternExample('^(?=x)x$')).toBeUndefined();
  });

  it('proves a string schema empty when its patterns, formats and lengths leave no string, so it is a subset of anything', () => {
    expect(stringsEmpty(['^[0-9]{3}$'], ['date-time'], 1, 50)).toBe(true);
    expect(stringsEmpty(['^a'], ['date'], 0, 2)).toBe(true);
    expect(stringsEmpty(['^2'], ['date'], 0, Number.POSITIVE_INFINITY)).toBe(false);
    expect(stringsEmpty(['^[a-z]+$'], [], 0, 0)).toBe(true);
    // A format named like an Object.prototype member is an unknown format: it constrains nothing.
    expect(stringsEmpty(['^[a-z]+$'], ['constructor', 'toString'], 1, 3)).toBe(false);
    const none = { type: 'string', format: 'date-time', pattern: '^[0-9]{3}$' };
    expect(isSubset(none, { type: 'boolean' })).toEqual({ result: 'subset' });
    // And not when a string is left: a date that starts with 2 is not a boolean.
    expectWitness({ type: 'string', format: 'date', pattern: '^2' }, { type: 'boolean' });
  });
});
