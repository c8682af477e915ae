import { describe, expect, it } from 'vitest';
import { isSubset, placed, type SubsetAnswer } from '../../src/schema/index.js';
import { validator } from '../../src/schema/validate.js';

/** Asserts the answer, and for not-subset that ajv accepts the witness under A and rejects it under B. */
function expectAnswer(a: unknown, b: unknown, result: SubsetAnswer['result']): SubsetAnswer {
  const answer = isSubset(a, b);
  expect(answer.result, JSON.stringify(answer)).toBe(result);
  if (answer.result === 'not-subset') {
    const va = validator(a);
    const vb = validator(b);
    if (!va.ok || !vb.ok) throw new Error('schemas should compile');
    expect(va.validate(answer.witness)).toBe(true);
    expect(vb.validate(answer.witness)).toBe(false);
  }
  return answer;
}

/** For constructs the engine may not decide: any definite answer must still be right. */
function expectNeverWrong(a: unknown, b: unknown, truth: 'subset' | 'not-subset'): void {
  const answer = isSubset(a, b);
  if (answer.result !== 'unknown') expectAnswer(a, b, truth);
}

const obj = (properties: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ type: 'object', properties, ...extra });

describe('type', () => {
  it('integer is within number, not the reverse', () => {
    expectAnswer({ type: 'integer' }, { type: 'number' }, 'subset');
    expectAnswer({ type: 'number' }, { type: 'integer' }, 'not-subset');
  });
  it('type lists with null', () => {
    expectAnswer({ type: 'string' }, { type: ['string', 'null'] }, 'subset');
    const a = expectAnswer({ type: ['string', 'null'] }, { type: 'string' }, 'not-subset');
    expect(a).toMatchObject({ witness: null, pointer: '', reason: 'null no longer accepted' });
  });
  it('boolean schemas', () => {
    expectAnswer(false, { type: 'string' }, 'subset');
    expectAnswer({ type: 'string' }, true, 'subset');
    expectAnswer(true, { type: 'string' }, 'not-subset');
    expectAnswer({ type: 'string' }, false, 'not-subset');
  });
});

describe('nullable anyOf as Pydantic writes it', () => {
  const nullable = { anyOf: [{ type: 'string' }, { type: 'null' }] };
  it('adding nullability is a widening', () => expectAnswer({ type: 'string' }, nullable, 'subset'));
  it('removing nullability is found with a null witness', () => {
    expect(expectAnswer(nullable, { type: 'string' }, 'not-subset')).toMatchObject({ witness: null });
  });
  it('the same nullable type in two spellings', () => {
    expectAnswer(nullable, { type: ['string', 'null'] }, 'subset');
    expectAnswer({ type: ['string', 'null'] }, nullable, 'subset');
  });
});

describe('enum and const', () => {
  it('fewer values is a subset, more is not', () => {
    expectAnswer({ enum: ['a', 'b'] }, { enum: ['a', 'b', 'c'] }, 'subset');
    expect(expectAnswer({ enum: ['a', 'b', 'c'] }, { enum: ['a', 'b'] }, 'not-subset')).toMatchObject({ witness: 'c' });
    expectAnswer({ const: 3 }, { type: 'integer', minimum: 1 }, 'subset');
    expectAnswer({ type: 'string' }, { enum: ['a'] }, 'not-subset');
  });
});

describe('objects', () => {
  const base = obj({ id: { type: 'integer' }, name: { type: 'string' } }, { required: ['id'] });
  it('a property made required', () => {
    const b = { ...base, required: ['id', 'name'] };
    expect(expectAnswer(base, b, 'not-subset')).toMatchObject({ reason: "property 'name' became required", pointer: '' });
    expectAnswer(b, base, 'subset');
  });
  it('properties named like Object.prototype members are fields like any other', () => {
    const a = obj({ constructor: { type: ['string', 'null'] }, toString: { type: 'integer' } }, { required: ['toString'] });
    const b = obj({ constructor: { type: 'string' }, toString: { type: 'integer' } }, { required: ['toString'] });
    expect(expectAnswer(a, b, 'not-subset')).toMatchObject({
      witness: { toString: 0, constructor: null },
      pointer: '/properties/constructor',
    });
    expectAnswer(b, a, 'subset');
    expectAnswer(obj({ valueOf: { type: 'string' } }), obj({ valueOf: { type: 'string' } }, { required: ['valueOf'] }), 'not-subset');
  });
  it('a witness places a field named __proto__ as a field of its own', () => {
    const doc = JSON.parse('{"a":1}');
    const witness = placed(doc, { type: 'object' }, new Map(), '/__proto__/x', 1);
    expect(JSON.stringify(witness)).toBe('{"a":1,"__proto__":{"x":1}}');
    expect(Object.getPrototypeOf(witness)).toBe(Object.prototype);
    expect(doc).toEqual({ a: 1 });
  });
  it('a property type narrowed names the place in B', () => {
    const b = obj({ id: { type: 'string' }, name: { type: 'string' } }, { required: ['id'] });
    expect(expectAnswer(base, b, 'not-subset')).toMatchObject({ pointer: '/properties/id', reason: 'integer no longer accepted at /id' });
  });
  it('additionalProperties', () => {
    expectAnswer(base, { ...base, additionalProperties: false }, 'not-subset');
    expectAnswer({ ...base, additionalProperties: false }, base, 'subset');
    expectAnswer(
      { ...base, additionalProperties: { type: 'string' } },
      { ...base, additionalProperties: { type: ['string', 'null'] } },
      'subset',
    );
  });
  it('patternProperties and propertyNames', () => {
    const p = { type: 'object', patternProperties: { '^x_': { type: 'integer' } }, additionalProperties: false };
    expectAnswer(p, { type: 'object', patternProperties: { '^x_': { type: 'number' } }, additionalProperties: false }, 'subset');
    expectAnswer({ type: 'object', patternProperties: { '^x_': { type: 'number' } } }, p, 'not-subset');
    expectAnswer(obj({ ab: {} }, { additionalProperties: false }), { type: 'object', propertyNames: { maxLength: 3 } }, 'subset');
    expectAnswer({ type: 'object' }, { type: 'object', propertyNames: { maxLength: 3 } }, 'not-subset');
  });
  it('an object that must have a property it may not have is none: a subset of anything', () => {
    const closed = obj({ id: { type: 'string' } }, { required: ['updated_at'], additionalProperties: false });
    expectAnswer(closed, { type: 'object', properties: { id: { type: 'integer' } }, required: ['name'] }, 'subset');
    expectAnswer({ allOf: [{ required: ['x'] }, obj({ x: false })] }, { type: 'string' }, 'subset');
    // Not when a pattern may allow the name, or when the name is listed: then objects remain.
    const patterned = { ...closed, patternProperties: { '^upd': {} } };
    expectAnswer(patterned, { type: 'object', required: ['name'] }, 'not-subset');
    expectAnswer(
      obj({ updated_at: {} }, { required: ['updated_at'], additionalProperties: false }),
      { type: 'object', required: ['name'] },
      'not-subset',
    );
  });
  it('min/maxProperties', () => {
    expectAnswer({ type: 'object', minProperties: 2 }, { type: 'object', minProperties: 1 }, 'subset');
    expectAnswer({ type: 'object', maxProperties: 3 }, { type: 'object', maxProperties: 2 }, 'not-subset');
  });
  it('dependencies, dependentRequired and dependentSchemas', () => {
    expectAnswer(base, { ...base, dependencies: { name: ['id'] } }, 'subset');
    expectAnswer(base, { ...base, dependencies: { id: ['name'] } }, 'not-subset');
    const modern = { $schema: 'https://json-schema.org/draft/2020-12/schema', ...base };
    expectAnswer(modern, { ...modern, dependentRequired: { id: ['name'] } }, 'not-subset');
    expectAnswer(modern, { ...modern, dependentSchemas: { id: { properties: { id: { minimum: 0 } } } } }, 'not-subset');
  });
});

describe('arrays', () => {
  it('items, tuples and additionalItems', () => {
    expectAnswer({ type: 'array', items: { type: 'integer' } }, { type: 'array', items: { type: 'number' } }, 'subset');
    expectAnswer({ type: 'array', items: { type: 'number' } }, { type: 'array', items: { type: 'integer' } }, 'not-subset');
    const tuple = { type: 'array', items: [{ type: 'string' }, { type: 'integer' }], additionalItems: false };
    expectAnswer(tuple, { type: 'array', items: [{ type: 'string' }] }, 'subset');
    expectAnswer({ type: 'array', items: [{ type: 'string' }] }, tuple, 'not-subset');
  });
  it('prefixItems in 2020-12', () => {
    const s = '$schema';
    const d = 'https://json-schema.org/draft/2020-12/schema';
    expectAnswer(
      { [s]: d, type: 'array', prefixItems: [{ type: 'integer' }], items: false },
      { [s]: d, type: 'array', prefixItems: [{ type: 'number' }] },
      'subset',
    );
    expectAnswer(
      { [s]: d, type: 'array', prefixItems: [{ type: 'number' }] },
      { [s]: d, type: 'array', prefixItems: [{ type: 'integer' }] },
      'not-subset',
    );
  });
  it('min/maxItems, uniqueItems and contains', () => {
    expectAnswer({ type: 'array', minItems: 2, maxItems: 3 }, { type: 'array', minItems: 1, maxItems: 5 }, 'subset');
    expectAnswer({ type: 'array', maxItems: 5 }, { type: 'array', maxItems: 3 }, 'not-subset');
    expectAnswer({ type: 'array', uniqueItems: true }, { type: 'array' }, 'subset');
    expectAnswer({ type: 'array', items: { type: 'integer' } }, { type: 'array', uniqueItems: true }, 'not-subset');
    expectAnswer({ type: 'array', contains: { const: 1 } }, { type: 'array', contains: { type: 'integer' } }, 'subset');
    expectAnswer({ type: 'array' }, { type: 'array', contains: { type: 'integer' } }, 'not-subset');
  });
});

describe('strings and numbers', () => {
  it('length, pattern and format', () => {
    expectAnswer({ type: 'string', minLength: 2, maxLength: 4 }, { type: 'string', maxLength: 5 }, 'subset');
    expectAnswer({ type: 'string', maxLength: 10 }, { type: 'string', maxLength: 5 }, 'not-subset');
    expectAnswer({ type: 'string', pattern: '^[a-z]+$' }, { type: 'string', pattern: '^[a-z]+$', title: 'x' }, 'subset');
    expectAnswer({ type: 'string' }, { type: 'string', pattern: '^[a-z]+$' }, 'not-subset');
    expectNeverWrong({ type: 'string', pattern: '^a+$' }, { type: 'string', pattern: '^a' }, 'subset');
    expectAnswer({ type: 'string', format: 'date-time' }, { type: 'string' }, 'subset');
    expectAnswer({ type: 'string' }, { type: 'string', format: 'date-time' }, 'not-subset');
  });
  it('bounds that leave a few integers are read value by value', () => {
    expectAnswer({ type: 'number', minimum: 1, maximum: 1, multipleOf: 1 }, { enum: ['a', 1, null] }, 'subset');
    expectAnswer({ type: 'integer', minimum: 0, exclusiveMaximum: 3 }, { enum: [0, 1, 2] }, 'subset');
    expect(expectAnswer({ type: 'integer', minimum: 0, maximum: 2 }, { enum: [0, 2] }, 'not-subset')).toMatchObject({ witness: 1 });
    expectAnswer({ type: 'number', minimum: 2.5, maximum: 2.5 }, { const: 2.5 }, 'subset');
    expectAnswer({ type: 'number', minimum: 2, maximum: 2 }, { type: 'integer' }, 'subset');
  });
  it('finds values within a bound that is no multiple of multipleOf', () => {
    const evens = { type: 'array', items: { type: 'integer', maximum: -5, multipleOf: 2 }, maxItems: 3 };
    const answer = expectAnswer(evens, { type: 'array', maxItems: 1 }, 'not-subset');
    expect((answer as { witness: number[] }).witness.every((x) => x <= -6 && x % 2 === 0)).toBe(true);
  });
  it('bounds and multipleOf', () => {
    expectAnswer({ type: 'integer', minimum: 1, maximum: 5 }, { type: 'integer', exclusiveMinimum: 0, maximum: 5 }, 'subset');
    expectAnswer({ type: 'number', minimum: 0 }, { type: 'number', exclusiveMinimum: 0 }, 'not-subset');
    expectAnswer({ type: 'integer', multipleOf: 4 }, { type: 'integer', multipleOf: 2 }, 'subset');
    expectAnswer({ type: 'integer', multipleOf: 2 }, { type: 'integer', multipleOf: 4 }, 'not-subset');
  });
});

describe('combinators', () => {
  it('allOf, anyOf and not', () => {
    expectAnswer({ allOf: [{ type: 'integer' }, { minimum: 0 }] }, { type: 'number', minimum: 0 }, 'subset');
    expectAnswer({ anyOf: [{ type: 'integer' }, { type: 'string' }] }, { type: ['integer', 'string', 'null'] }, 'subset');
    expectAnswer({ type: 'integer' }, { not: { type: 'string' } }, 'subset');
    expectAnswer({ type: ['integer', 'string'] }, { not: { type: 'string' } }, 'not-subset');
  });
  it('oneOf with disjoint branches is an anyOf', () => {
    expectAnswer({ type: ['string', 'integer'] }, { oneOf: [{ type: 'string' }, { type: 'integer' }] }, 'subset');
  });
  it('oneOf with overlapping branches: a value matching both is rejected', () => {
    const b = { oneOf: [{ type: 'string' }, { type: 'string', minLength: 1 }] };
    const answer = expectAnswer({ type: 'string' }, b, 'not-subset');
    expect(answer).toMatchObject({ result: 'not-subset' });
    expect((answer as { witness: string }).witness.length).toBeGreaterThan(0);
    expectAnswer({ const: '' }, b, 'subset');
  });
  it("decides a draft-07 $ref whose siblings are annotations only (Estuary's `advanced: true`)", () => {
    // The real shape of estuary-cdk specs (source-gladly's spec, recorded): `advanced` beside `$ref`.
    const spec = {
      $defs: { Advanced: { type: 'object', properties: { base_url: { anyOf: [{ type: 'string' }, { type: 'null' }] } } } },
      type: 'object',
      properties: { advanced: { $ref: '#/$defs/Advanced', advanced: true, title: 'Advanced Config' } },
    };
    expectAnswer(spec, structuredClone(spec), 'subset');
    const narrower = structuredClone(spec);
    narrower.$defs.Advanced.properties.base_url = { anyOf: [{ type: 'string' }] };
    expectAnswer(spec, narrower, 'not-subset');
  });

  it('a draft-07 $ref with assertion siblings: an answer both readings give (siblings applied, as ajv does, or ignored, as the draft says)', () => {
    // After the containment corpus's ref.json (draft7/nonvalid #9 and #10, reflexive #6).
    const capped = { definitions: { reffed: { type: 'array' } }, properties: { foo: { $ref: '#/definitions/reffed', maxItems: 2 } } };
    const b = { definitions: capped.definitions, not: { properties: capped.properties } };
    // An empty array is an array of at most 2 items: B rejects {foo: []} either way.
    expect(expectAnswer({ const: { foo: [] } }, b, 'not-subset')).toMatchObject({ witness: { foo: [] } });
    // Three items: rejected if maxItems is read, accepted if it is not: no definite answer.
    expect(isSubset({ const: { foo: [1, 2, 3] } }, b)).toMatchObject({
      result: 'unknown',
      reason: 'draft-07 $ref with sibling keywords (validators disagree on them)',
      pointer: '/not/properties/foo',
    });
    // A schema contains itself, whichever way its keywords are read.
    expectAnswer(capped, structuredClone(capped), 'subset');
    // In 2020-12 the siblings apply: a plain answer.
    const modern = { $schema: 'https://json-schema.org/draft/2020-12/schema', $defs: { r: { type: 'array' } } };
    expectAnswer({ ...modern, $ref: '#/$defs/r', maxItems: 2 }, { ...modern, $ref: '#/$defs/r', maxItems: 3 }, 'subset');
    expectAnswer({ ...modern, $ref: '#/$defs/r', maxItems: 3 }, { ...modern, $ref: '#/$defs/r', maxItems: 2 }, 'not-subset');
  });

  it("a $ref to the draft-07 meta-schema is read from ajv's copy of it", () => {
    const metaSchema = { $ref: 'http://json-schema.org/draft-07/schema#' };
    expectAnswer({ const: { type: 'string', minLength: 1 } }, metaSchema, 'subset');
    const answer = expectAnswer({ const: { type: 'strong' } }, metaSchema, 'not-subset');
    expect(answer).toMatchObject({ witness: { type: 'strong' } });
  });

  it('if/then/else', () => {
    // biome-ignore lint/suspicious/noThenProperty: JSON Schema's own if/then/else keywords
    const b = { if: { type: 'string' }, then: { minLength: 1 }, else: { type: 'integer' } };
    expectAnswer({ anyOf: [{ type: 'string', minLength: 2 }, { type: 'integer' }] }, b, 'subset');
    expectAnswer({ type: ['string', 'integer'] }, b, 'not-subset');
  });
});

describe('$ref', () => {
  it('a reference to a definition that is not there does not resolve, whatever its name', () => {
    // ajv refuses the first; it follows the others into Object.prototype, where the engine stops.
    for (const name of ['missing', 'toString', 'constructor', '__proto__']) {
      const a = { $ref: `#/definitions/${name}`, definitions: {} };
      expect(isSubset(a, { type: 'string' })).toMatchObject({ result: 'unknown', reason: expect.stringMatching(/resolve/) });
    }
  });
  it('$defs and definitions references', () => {
    const a = { $defs: { Id: { type: 'integer' } }, type: 'object', properties: { id: { $ref: '#/$defs/Id' } } };
    const b = { definitions: { Id: { type: 'number' } }, type: 'object', properties: { id: { $ref: '#/definitions/Id' } } };
    expectAnswer(a, b, 'subset');
    expectAnswer(b, a, 'not-subset');
  });
  it('$id-relative references within one document', () => {
    const a = {
      $id: 'https://example.com/root.json',
      definitions: { x: { $id: 'x.json', type: 'integer' } },
      properties: { p: { $ref: 'x.json' } },
    };
    expectAnswer(a, { properties: { p: { type: 'number' } } }, 'subset');
  });
  it('recursive references answer correctly or unknown, never wrongly', () => {
    const tree = (leaf: string) => ({
      $defs: {
        node: { type: 'object', properties: { value: { type: leaf }, children: { type: 'array', items: { $ref: '#/$defs/node' } } } },
      },
      $ref: '#/$defs/node',
    });
    expectNeverWrong(tree('integer'), tree('number'), 'subset');
    expectNeverWrong(tree('number'), tree('integer'), 'not-subset');
    expectNeverWrong(tree('integer'), JSON.parse(JSON.stringify(tree('integer'))), 'subset');
  });
  it('a reference loop that never descends is unknown', () => {
    expect(isSubset({ $ref: '#/$defs/a', $defs: { a: { $ref: '#/$defs/a' } } }, { type: 'string' }).result).toBe('unknown');
  });
});

describe('annotations and malformed schemas', () => {
  it('annotation keywords do not change the answer', () => {
    const a = obj({ password: { type: 'string', title: 'Password', airbyte_secret: true, order: 1 } });
    const b = obj({ password: { type: 'string', description: 'x', secret: true, 'x-hint': 1, examples: ['a'], default: 'b' } });
    expectAnswer(a, b, 'subset');
    expectAnswer(b, a, 'subset');
  });
  it.each([
    ['not an object or boolean', 42, /object or a boolean/],
    ['a $ref that does not resolve', { $ref: '#/definitions/missing' }, /resolve/],
    ['an invalid regex', { type: 'string', pattern: '([' }, /regular expression/i],
    ['a type that does not exist', { type: 'date-time' }, /invalid/],
  ])('%s is unknown with the reason', (_name, bad, reason) => {
    for (const [a, b] of [
      [bad, { type: 'string' }],
      [{ type: 'string' }, bad],
    ]) {
      const answer = isSubset(a, b);
      expect(answer.result).toBe('unknown');
      expect((answer as { reason: string }).reason).toMatch(reason);
    }
  });
});

describe('validator', () => {
  it('compiles equal schemas once, whatever their key order', () => {
    const one = validator({ type: 'object', properties: { a: { type: 'string' } } });
    const two = validator({ properties: { a: { type: 'string' } }, type: 'object' });
    if (!one.ok || !two.ok) throw new Error('should compile');
    expect(one.validate).toBe(two.validate);
    expect(two.errors({ a: 1 })).toEqual(['/a must be string']);
  });
  it('tolerates connector keywords and rejects unknown type names', () => {
    expect(validator({ type: 'string', airbyte_secret: true, order: 0, reduce: { strategy: 'merge' }, 'x-foo': 1 }).ok).toBe(true);
    expect(validator({ type: 'date-time' })).toMatchObject({ ok: false });
  });
});
