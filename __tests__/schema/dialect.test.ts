import { describe, expect, it } from 'vitest';
import { compareSpec } from '../../src/compare/spec.js';
import { isSubset } from '../../src/schema/index.js';
import { validator } from '../../src/schema/validate.js';

const DRAFTS = {
  'draft-04': 'json-schema.org/draft-04/schema',
  'draft-06': 'json-schema.org/draft-06/schema',
  'draft-07': 'json-schema.org/draft-07/schema',
  '2019-09': 'json-schema.org/draft/2019-09/schema',
  '2020-12': 'json-schema.org/draft/2020-12/schema',
};
const spellings = Object.entries(DRAFTS).flatMap(([draft, uri]) =>
  ['http', 'https'].flatMap((scheme) => ['', '#'].map((hash) => [draft, `${scheme}://${uri}${hash}`] as const)),
);

describe('JSON Schema dialects', () => {
  it.each(spellings)('%s spelled %s compiles and is a subset of itself, and of the same schema spelled otherwise', (draft, uri) => {
    const schema = { $schema: uri, type: 'object', properties: { a: { type: 'string', maxLength: 3 } }, required: ['a'] };
    const v = validator(schema);
    expect(v.ok && v.validate({ a: 'abc' }) && !v.validate({ a: 'abcd' })).toBe(true);
    expect(isSubset(schema, schema)).toEqual({ result: 'subset' });
    const canonical = { ...schema, $schema: spellings.find(([d]) => d === draft)![1] };
    expect(isSubset(schema, canonical).result).toBe('subset');
  });

  it("reads draft-04's boolean exclusive bounds, and confirms the witness with ajv-draft-04", () => {
    const d4 = 'http://json-schema.org/draft-04/schema#';
    const exclusive = { $schema: d4, type: 'number', maximum: 5, exclusiveMaximum: true };
    const inclusive = { $schema: d4, type: 'number', maximum: 5 };
    expect(isSubset(exclusive, inclusive)).toEqual({ result: 'subset' });
    const answer = isSubset(inclusive, exclusive);
    expect(answer).toMatchObject({ result: 'not-subset', witness: 5 });
    const v = validator(exclusive);
    expect(v.ok && v.validate(4.5) && !v.validate(5)).toBe(true);
  });

  it("reads draft-04's id as $id, and keywords of later drafts in older ones as annotations", () => {
    const d4 = { $schema: 'http://json-schema.org/draft-04/schema#', id: 'http://example.com/s.json', type: 'string', const: 'x' };
    expect(isSubset({ type: 'string' }, d4)).toEqual({ result: 'subset' });
    // A schema object, not a thenable: read from JSON text.
    const d6 = JSON.parse('{"$schema":"http://json-schema.org/draft-06/schema#","type":"number","if":{"minimum":0},"then":{"maximum":1}}');
    expect(isSubset({ type: 'number' }, d6)).toEqual({ result: 'subset' });
  });

  it('finds no difference between a spec and itself when its config schema says $schema with https', () => {
    const spec = {
      protocol: 3032023,
      configSchema: { $schema: 'https://json-schema.org/draft-07/schema#', type: 'object', properties: { token: { type: 'string' } } },
      resourceConfigSchema: {
        $schema: 'https://json-schema.org/draft-07/schema',
        type: 'object',
        properties: { name: { type: 'string' } },
      },
      documentationUrl: 'https://x',
    };
    expect(compareSpec(spec, spec)).toEqual([]);
  });
});

describe('no hang', () => {
  // D = anyOf[boolean, D]: its own branch reaches it again without descending into the instance.
  const a = { properties: { x: { type: 'boolean' } } };
  const b = {
    properties: { x: { $ref: '#/definitions/D' } },
    definitions: { D: { anyOf: [{ type: 'boolean' }, { $ref: '#/definitions/D' }] } },
  };

  it('decides a schema whose anyOf refers to itself, and says why the other direction is unknown', () => {
    expect(isSubset(a, b)).toEqual({ result: 'subset' });
    expect(isSubset(b, a)).toMatchObject({ result: 'unknown', reason: expect.stringMatching(/^nesting too deep to evaluate/) });
  });
});
