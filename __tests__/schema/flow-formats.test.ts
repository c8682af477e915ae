import { describe, expect, it } from 'vitest';
import { compareCapture } from '../../src/compare/capture-pairs.js';
import { compareDiscover } from '../../src/compare/discover.js';
import { compareSpec } from '../../src/compare/spec.js';
import type { Binding, SpecResponse } from '../../src/model/types.js';
import { interpret, isSubset, loadDoc, loadEngine, validator } from '../../src/schema/index.js';

/** ajv's verdict (document checks, witness confirmation) and the interpreter's (witness search) must both be Flow's. */
function verdicts(format: string, value: string): [boolean, boolean] {
  const schema = { type: 'string', format };
  const v = validator(schema);
  if (!v.ok) throw new Error(v.error);
  return [v.validate(value), interpret(loadDoc(schema).root, value)];
}

// Flow's own cases for these formats: estuary/flow crates/json/src/schema/formats.rs, test_format_cases.
const FLOW_CASES: [string, string, boolean][] = [
  ['datetime', '2022-09-11T10:31:25.123Z', true],
  ['macaddr', '001B638445E6', true],
  ['macaddr', '00:1b-63:84-45:e6', true],
  ['macaddr', '00!1b!63:84!45:e6', false],
  ['macaddr', '00:1b:63:84:45:e6', true],
  ['macaddr8', '00:1b:63:84:45:e6', false],
  ['macaddr8', '00:1b:63:84:45:e6:aa:bb', true],
  ['macaddr8', '00-1b-638445e6aa:bb', true],
  ['integer', '1234', true],
  ['integer', '1234.00', true],
  ['integer', '-1234', true],
  ['integer', '1_234', false],
  ['integer', '1.234', false],
  ['integer', ' 1234', false],
  ['uint32', '1234', true],
  ['uint64', '1234', true],
  ['number', '1234', true],
  ['number', '-1234', true],
  ['number', '1_234', false],
  ['number', '1.234', true],
  ['number', '-1.234', true],
  ['number', ' 1234', false],
  ['number', ' 1.234', false],
  ['number', 'NaN', true],
  ['number', 'xNaN', false],
  ['number', 'nan', false],
  ['number', 'Infinity', true],
  ['number', '-Infinity', true],
  ['number', 'infinity', false],
  ['sha256', 'sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', true],
  ['sha256', 'sha256:E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855', true],
  ['sha256', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', false],
  ['sha256', 'sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b85', false],
  ['sha256', 'sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b8555', false],
  ['sha256', 'sha256:g3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', false],
  ['sha256', 'sha512:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', false],
  ['sha256', '', false],
  ['sha256', 'sha256:', false],
];

// What Rust's bigdecimal 0.4 (src/impl_num.rs from_str_radix, src/lib.rs is_integer) and num-bigint
// (BigInt/BigUint from_str_radix) make of other spellings, read from those sources.
const BIGDECIMAL_CASES: [string, string, boolean][] = [
  ['integer', '1e3', true],
  ['integer', '1E+2', true],
  ['integer', '1.5e1', true],
  ['integer', '1.55e1', false],
  ['integer', '100e-2', true],
  ['integer', '100e-3', false],
  ['integer', '0.000', true],
  ['integer', '5.', true],
  ['integer', '.5', false],
  ['number', '.5', true],
  ['number', '-.5', true],
  ['number', '.-5', true], // the digits either side of the dot are joined, then read with their sign
  ['integer', '+5', true],
  ['integer', '++5', false],
  ['integer', '-+5', false],
  ['integer', '+-5', false],
  ['number', '', false],
  ['number', '.', false],
  ['number', 'e5', false],
  ['number', '1e', false],
  ['number', '1e+', false],
  ['number', '1e5.5', false],
  ['number', '1.2.3', false],
  ['number', '0x10', false],
  ['number', '１', false],
  ['number', `1e${2n ** 127n}`, false], // the exponent must fit an i128
  ['number', `1e-${2n ** 63n}`, false], // and the scale an i64
  ['number', `1e${'0'.repeat(60)}7`, true], // leading zeros are no digits of its value
  ['integer', `${'0'.repeat(50_000)}1e-1`, false], // long texts are read in linear time
  ['integer', `1${'0'.repeat(50_000)}.${'0'.repeat(50_000)}`, true],
];

describe("Flow's string formats that ajv-formats lacks", () => {
  it.each([...FLOW_CASES, ...BIGDECIMAL_CASES])('%s %j is %s, for the validator and the interpreter', (format, value, valid) => {
    expect(verdicts(format, value)).toEqual([valid, valid]);
  });

  it('have regular supersets that hold every value they take (the prover proves no string has a format and a pattern with them)', async () => {
    await loadEngine();
    const escaped = (v: string) => v.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
    for (const [format, value, valid] of [...FLOW_CASES, ...BIGDECIMAL_CASES]) {
      if (!valid || value.length > 200) continue;
      // The schema holds `value`, so it is no subset of `false`.
      const answer = isSubset({ type: 'string', format, pattern: `^${escaped(value)}$` }, false);
      expect(answer.result, `${format} ${value}`).not.toBe('subset');
    }
    // And they decide: no integer text starts with a letter.
    expect(isSubset({ type: 'string', format: 'integer', pattern: '^[a-z]' }, false).result).toBe('subset');
    expect(isSubset({ type: 'string', format: 'macaddr', maxLength: 11 }, false).result).toBe('subset');
  });

  it('apply to strings only, as in Flow (a number under `format: integer` is not checked)', () => {
    const v = validator({ format: 'integer' });
    if (!v.ok) throw new Error(v.error);
    expect([v.validate(1.5), v.validate('1.5'), v.validate('15')]).toEqual([true, false, true]);
  });
});

/** The shape of source-hubspot's discovered `companies` (../shared/fixtures/estuary/source-hubspot): ids as integers or numeric strings. */
const ids = (format?: string) => ({
  type: 'object',
  properties: {
    id: { type: 'string' },
    companies: { type: ['null', 'array'], items: { type: ['null', 'integer', 'string'], ...(format ? { format } : {}) } },
  },
  required: ['id'],
});

describe('containment with these formats', () => {
  it('a field newly asserting `format: integer` is narrowed, shown by a string ajv confirms; dropping it is a widening', () => {
    const narrowed = isSubset(ids(), ids('integer'));
    expect(narrowed.result).toBe('not-subset');
    const [before, after] = [validator(ids()), validator(ids('integer'))];
    if (!before.ok || !after.ok) throw new Error('schemas must compile');
    const witness = (narrowed as { witness: unknown }).witness;
    expect([before.validate(witness), after.validate(witness)]).toEqual([true, false]);
    expect(isSubset(ids('integer'), ids()).result).toBe('subset');
  });

  it("reads Flow's aliases as one format and an integer string as a number", () => {
    expect(isSubset(ids('uint64'), ids('integer')).result).toBe('subset');
    expect(isSubset(ids('integer'), ids('uint32')).result).toBe('subset');
    expect(isSubset(ids('integer'), ids('number')).result).toBe('subset');
    expect(isSubset(ids('number'), ids('integer')).result).toBe('not-subset');
    const dates = (format: string) => ({ type: 'string', format });
    expect([isSubset(dates('datetime'), dates('date-time')).result, isSubset(dates('date-time'), dates('datetime')).result]).toEqual([
      'subset',
      'subset',
    ]);
  });
});

describe('what a user sees', () => {
  const binding = (documentSchema: unknown): Binding => ({
    recommendedName: 'contacts',
    resourceConfig: { stream: 'contacts' },
    documentSchema,
    key: ['/id'],
  });

  it('an endpoint config field that starts asserting `format: integer` is spec.config.narrowed, with a config ajv confirms', () => {
    const config = (format?: string) => ({
      type: 'object',
      properties: { account_id: { type: 'string', ...(format ? { format } : {}) } },
      required: ['account_id'],
    });
    const spec = (configSchema: unknown): SpecResponse => ({ protocol: 3032023, configSchema, resourceConfigSchema: { type: 'object' } });
    const f = compareSpec(spec(config()), spec(config('integer')), { testConfig: { account_id: 'acct-7' } });
    const narrowed = f.find((x) => x.rule === 'spec.config.narrowed');
    expect(narrowed?.severity).toBe('breaking');
    expect(narrowed?.message).toMatch(/format integer now checked/);
    const [before, after] = [validator(config()), validator(config('integer'))];
    if (!before.ok || !after.ok) throw new Error('schemas must compile');
    expect([before.validate(narrowed?.witness), after.validate(narrowed?.witness)]).toEqual([true, false]);
    expect(JSON.stringify(f)).not.toContain('acct-7');
    // Dropping the format takes nothing away.
    expect(compareSpec(spec(config('integer')), spec(config())).filter((x) => x.severity === 'breaking')).toEqual([]);
  });

  it("in a discovered schema it is discover.schema.format-changed, the catalogue's warning for any format change", () => {
    const f = compareDiscover(
      { bindings: [binding(ids())], pointers: ['/stream'] },
      { bindings: [binding(ids('integer'))], pointers: ['/stream'] },
    );
    expect(f.map((x) => [x.rule, x.severity, x.pointer, x.after])).toEqual([
      ['discover.schema.format-changed', 'warning', '/documentSchema/properties/companies/items', ['integer']],
    ]);
  });

  it('a captured document Flow would refuse (a non-integer string under `format: integer`) is capture.schema.violation', () => {
    const side = (companies: unknown[]) => ({
      docs: [['acmeCo/contacts', { id: '1', companies }] as [string, Record<string, unknown>]],
      bindings: [binding(ids('integer'))],
    });
    expect(compareCapture(side(['123']), side(['123']), { redact: [] })).toEqual([]);
    const f = compareCapture(side(['123']), side(['12a']), { redact: [] });
    const violation = f.find((x) => x.rule === 'capture.schema.violation');
    expect(violation?.severity).toBe('breaking');
    expect(violation?.pointer).toBe('/companies/*');
    expect(violation?.message).toMatch(/format "integer"/);
  });
});
