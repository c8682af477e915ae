import { describe, expect, it } from 'vitest';
import { documentCheck } from '../../src/schema/document-check.js';
import { accepts } from '../../src/schema/evaluate.js';
import { loadDoc } from '../../src/schema/resolve.js';
import { validator } from '../../src/schema/validate.js';

const schema = {
  type: 'object',
  $defs: {
    money: {
      type: 'object',
      properties: { amount: { type: 'number' }, currency: { type: 'string', enum: ['EUR', 'USD'] } },
      required: ['amount'],
    },
  },
  properties: {
    id: { type: 'integer' },
    'a/b': { type: 'integer' },
    tags: { type: ['array', 'null'], items: { type: 'object', properties: { n: { type: 'integer' } }, required: ['k'] } },
    price: { anyOf: [{ $ref: '#/$defs/money' }, { type: 'null' }] },
    at: { type: 'string', format: 'date-time' },
  },
  required: ['id'],
};

const docs: unknown[] = [
  { id: 1, price: { amount: 2.5, currency: 'EUR' }, at: '2024-01-01T00:00:00Z' },
  { id: 2, price: null },
  { id: 'x' },
  { id: 3, price: { currency: 'GBP' } },
  { id: 4, at: 'yesterday' },
  { price: null },
  { 'a/b': 'x', at: 1, price: { amount: 'x' } },
  { id: 5, tags: [{ n: 'x' }, { k: 1 }, 3] },
  { id: 6, tags: 'x' },
  7,
];

describe('document checks', () => {
  it('accept and reject exactly what ajv does, with its places and messages, before and after compiling', () => {
    const ajv = validator(schema);
    if (!ajv.ok) throw new Error(ajv.error);
    const check = documentCheck(schema);
    // 40 rounds: the first documents are interpreted, the later ones go through the compiled validator.
    for (let round = 0; round < 40; round++) {
      for (const doc of docs) {
        const problems = check.problems(doc);
        expect(problems.length === 0).toBe(ajv.validate(doc));
        expect(problems.map((p) => `${p.pointer || '/'} ${p.message}`)).toEqual(ajv.errors(doc));
      }
    }
  });

  it('compiles the schema pruned to the fields documents hold, and again when a later document brings a field the pruned one left out', () => {
    // 30 integer fields, f0 never sent, with additionalProperties: false (the pruned schema keeps every name).
    const properties = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`f${i}`, { type: 'integer' }]));
    const wide = { type: 'object', properties, additionalProperties: false };
    const ajv = validator(wide);
    if (!ajv.ok) throw new Error(ajv.error);
    const check = documentCheck(wide);
    // 100 documents of f1 only (past the interpreted ones: the compiled validator is pruned to f1), then
    // each field in turn, wrong (past 8 shapes the whole schema is compiled), then an unknown field.
    const later = [
      ...Array.from({ length: 100 }, (_, i) => ({ f1: i })),
      ...Array.from({ length: 28 }, (_, i) => ({ f1: 1, [`f${i + 2}`]: 'x' })),
      { f1: 1, f2: 2, nope: 1 },
      { f1: 'x' },
    ];
    for (const doc of later) expect(check.problems(doc).map((p) => `${p.pointer || '/'} ${p.message}`)).toEqual(ajv.errors(doc));
    expect(check.problems({ f1: 1, f29: 'x' })).toEqual([{ pointer: '/f29', message: 'must be integer' }]);
  });

  it('falls back to ajv for what the interpreter does not read (an unknown format), and ignores an invalid schema', () => {
    const odd = documentCheck({ type: 'object', properties: { n: { type: 'string', format: 'x-flow-number' } } });
    expect(odd.problems({ n: 'anything' })).toEqual([]);
    expect(odd.problems({ n: 5 })).toEqual([{ pointer: '/n', message: 'must be string' }]);
    expect(documentCheck({ type: 'no-such-type' }).problems({})).toEqual([]);
  });

  it('reads a type list the same wherever it is spelled, and still refuses a misspelt one that looks like a known list', () => {
    expect(documentCheck({ type: ['string', 'null'] }).problems(1)).toEqual([{ pointer: '', message: 'must be string,null' }]);
    expect(documentCheck({ properties: { a: { type: ['string', 'null'] } } }).problems({ a: null })).toEqual([]);
    // 'string null' is no type: the interpreter refuses the schema rather than read it as the list it resembles.
    expect(accepts(loadDoc({ type: ['string', 'null'] }).root, 'x')).toBe(true);
    expect(() => accepts(loadDoc({ type: ['string null'] }).root, 'x')).toThrow(/unknown type 'string null'/);
    expect(() => accepts(loadDoc({ type: 'string null' }).root, 'x')).toThrow(/unknown type 'string null'/);
  });
});

describe('format checks keep their answers', () => {
  it('answers each value as ajv-formats does, asked again, across schemas, and past the values kept', async () => {
    const { fullFormats } = await import('ajv-formats/dist/formats.js');
    const dateTime = (fullFormats['date-time'] as { validate: (s: string) => boolean }).validate;
    const [a, b] = [
      { type: 'string', format: 'date-time' },
      { type: ['string', 'null'], format: 'date-time' },
    ].map((s) => validator(s));
    if (!a?.ok || !b?.ok) throw new Error('the schemas compile');
    // Valid and invalid values interleaved (February 30th, hours past 23 or of one digit, no zone), many more of them than a check keeps.
    const values = Array.from({ length: 3000 }, (_, i) =>
      i % 3 === 0
        ? `2024-02-${String((i % 31) + 1).padStart(2, '0')}T00:00:00Z`
        : i % 3 === 1
          ? `2024-01-01T${i % 30}:00:00Z`
          : '2024-01-01T00:00:00',
    );
    for (const v of [...values, ...values]) {
      expect(a.validate(v), v).toBe(dateTime(v));
      expect(b.validate(v), v).toBe(dateTime(v));
    }
    expect(values.filter(dateTime).length).toBeGreaterThan(500);
    expect(values.filter((v) => !dateTime(v)).length).toBeGreaterThan(500);
  });
});

describe('properties named like Object.prototype members', () => {
  it("are judged by the document's own properties, interpreted and compiled, as Flow reads JSON", () => {
    const odd = {
      type: 'object',
      properties: { constructor: { type: 'integer' }, toString: { type: 'boolean' }, valueOf: { type: 'string' } },
      required: ['id'],
    };
    const ajv = validator(odd);
    if (!ajv.ok) throw new Error(ajv.error);
    const check = documentCheck(odd);
    const expected: [string, string[]][] = [
      ['{"id":1}', []],
      ['{"id":1,"constructor":"x"}', ['/constructor must be integer']],
      ['{"id":1,"toString":true,"valueOf":"v"}', []],
      ['{"id":1,"valueOf":2}', ['/valueOf must be string']],
      ['{"constructor":1}', ["/ must have required property 'id'"]],
    ];
    // 40 rounds: the first documents are interpreted, the later ones go through the compiled validator.
    for (let round = 0; round < 40; round++) {
      for (const [text, problems] of expected) {
        const doc = JSON.parse(text);
        expect(
          check.problems(doc).map((p) => `${p.pointer || '/'} ${p.message}`),
          text,
        ).toEqual(problems);
        expect(ajv.errors(doc), text).toEqual(problems);
      }
    }
  });
});
