// What a comparison loads of the engine's lazy parts (schema/load.ts, engineNeeds): refa where a
// question could reach a pattern automaton, the IDN/IRI checks where a format names one.
import { describe, expect, it } from 'vitest';
import { engineNeeds } from '../../src/schema/load.js';

const str = (extra: Record<string, unknown>) => ({ type: 'string', ...extra });
const doc = (...props: Record<string, unknown>[]) => ({
  type: 'object',
  properties: Object.fromEntries(props.map((p, i) => [`f${i}`, p])),
});

describe('engineNeeds', () => {
  it('needs nothing for schemas without patterns, two regular formats, one with a length bound, or IDN formats', () => {
    expect(engineNeeds([doc(str({ format: 'date-time' }), str({ format: 'email' }), { type: 'integer' })])).toEqual({
      patterns: false,
      idnFormats: false,
    });
    expect(engineNeeds([{ spec: undefined }, [], null, 3, 'pattern'])).toEqual({ patterns: false, idnFormats: false });
    // A length bound beside formats with no regular language here: every length has strings.
    expect(engineNeeds([doc(str({ format: 'email', maxLength: 5 }), str({ format: 'uri', minLength: 2 }))]).patterns).toBe(false);
  });

  it('needs refa for a pattern or patternProperties, wherever it is', () => {
    expect(engineNeeds([{}, [doc(str({ pattern: '^a+$' }))]]).patterns).toBe(true);
    expect(engineNeeds({ type: 'object', patternProperties: { '^x_': {} } }).patterns).toBe(true);
  });

  it('needs refa for two regular formats, or one and a length bound, even in different schemas', () => {
    expect(engineNeeds([doc(str({ format: 'date' })), doc(str({ format: 'date-time' }))]).patterns).toBe(true);
    expect(engineNeeds([doc(str({ format: 'date-time' })), doc(str({ minLength: 30 }))]).patterns).toBe(true);
    // The same format twice still has strings: nothing to decide.
    expect(engineNeeds([doc(str({ format: 'date' }), str({ format: 'date' }))]).patterns).toBe(false);
  });

  it('needs the IDN/IRI checks where a format names one', () => {
    expect(engineNeeds([doc(str({ format: 'idn-email' }))])).toEqual({ patterns: false, idnFormats: true });
    expect(engineNeeds([doc(str({ format: 'iri-reference' }))]).idnFormats).toBe(true);
  });
});
