import { describe, expect, it } from 'vitest';
import { compareDiscover } from '../../src/compare/discover.js';
import { compareSpec } from '../../src/compare/spec.js';
import type { Binding, Finding, SpecResponse } from '../../src/model/types.js';
import { validator } from '../../src/schema/validate.js';

const binding = (documentSchema: unknown): Binding => ({
  recommendedName: 'users',
  resourceConfig: { stream: 'users', syncMode: 'incremental' },
  documentSchema,
  key: ['/id'],
});
const discover = (before: unknown, after: unknown): Finding[] =>
  compareDiscover({ bindings: [binding(before)], pointers: ['/stream'] }, { bindings: [binding(after)], pointers: ['/stream'] });
const doc = (properties: Record<string, unknown>, required: string[] = ['id']) => ({
  type: 'object',
  properties: { id: { type: 'string' }, ...properties },
  required,
});

function expectWitness(f: Finding | undefined, before: unknown, after: unknown): void {
  expect(f?.witness).toBeDefined();
  const [b, a] = [validator(before), validator(after)];
  if (!b.ok || !a.ok) throw new Error('schemas must compile');
  expect(b.validate(f!.witness)).toBe(true);
  expect(a.validate(f!.witness)).toBe(false);
}

describe('a removed oneOf option (source-hubspot-native credentials, estuary/connectors history)', () => {
  it('is shown with a config taking the removed option, where the whole-config question found another narrowing first', () => {
    const defs = (oauthRequired: string[]) => ({
      OAuth: {
        type: 'object',
        properties: { credentials_title: { const: 'OAuth Credentials' }, client_id: { type: 'string' } },
        required: oauthRequired,
      },
      Token: {
        type: 'object',
        properties: { credentials_title: { const: 'Private App Credentials' }, access_token: { type: 'string' } },
        required: ['credentials_title', 'access_token'],
      },
    });
    const before = {
      type: 'object',
      properties: {
        history: { type: ['boolean', 'null'] },
        credentials: { oneOf: [{ $ref: '#/$defs/OAuth' }, { $ref: '#/$defs/Token' }] },
      },
      required: ['credentials'],
      $defs: defs(['credentials_title', 'client_id']),
    };
    const after = {
      type: 'object',
      properties: { history: { type: 'boolean' }, credentials: { oneOf: [{ $ref: '#/$defs/OAuth' }] } },
      required: ['credentials'],
      $defs: defs(['client_id']),
    };
    const specOf = (configSchema: unknown): SpecResponse => ({ protocol: 3032023, configSchema, resourceConfigSchema: {} });
    const findings = compareSpec(specOf(before), specOf(after));
    const option = findings.find((f) => f.message.startsWith('config /credentials/credentials_title: enum narrowed'));
    expect(option?.message).toContain('"Private App Credentials" no longer allowed');
    expectWitness(option, before, after);
    expect((option!.witness as { credentials: unknown }).credentials).toEqual({
      credentials_title: 'Private App Credentials',
      access_token: '',
    });
    expect(findings.map((f) => f.rule)).not.toContain('spec.config.unknown');
  });
});

describe('document schemas, field by field', () => {
  it('proves a field added as required when no document both accept exists (source-klaviyo global_exclusions, estuary/connectors history)', () => {
    // The import keyed the stream by /id and made the CDK's /_meta/row_id required; the ATF schema required /email.
    const before = { type: 'object', properties: { email: { type: 'string' }, reason: { type: 'string' } }, required: ['email'] };
    const after = {
      type: 'object',
      additionalProperties: true,
      properties: { _meta: { type: 'object', properties: { row_id: { type: 'integer' } }, required: ['row_id'] }, id: { type: 'string' } },
      required: ['id'],
    };
    const findings = discover(before, after);
    const required = findings.find((f) => f.pointer === '/documentSchema/properties/id' && f.severity === 'breaking');
    expect(required?.message).toBe('field /id: added as a required property');
    expectWitness(required, before, after);
    expect(findings.map((f) => f.rule)).not.toContain('discover.schema.unknown');
  });

  it('proves a key whose type changed with a document only the baseline accepts: no document both accept is needed', () => {
    const before = { type: 'object', properties: { id: { type: 'integer' }, name: { type: ['string', 'null'] } }, required: ['id'] };
    const after = { type: 'object', properties: { id: { type: 'string' }, name: { type: ['string', 'null'] } }, required: ['id'] };
    const findings = discover(before, after);
    const narrowed = findings.find((f) => f.rule === 'discover.schema.narrowed');
    expect(narrowed).toMatchObject({ severity: 'breaking', pointer: '/documentSchema/properties/id', witness: { id: 0 } });
    expect(narrowed?.message).toBe('field /id: type narrowed: integer no longer accepted');
    expectWitness(narrowed, before, after);
    expect(findings.map((f) => f.rule)).not.toContain('discover.schema.unknown');
  });

  it('shows a field only with a document the candidate rejects at that field', () => {
    // Both fields change type: no document the baseline accepts escapes /id, so each witness must also be rejected at its own field.
    const before = { type: 'object', properties: { id: { type: 'integer' }, n: { type: 'integer' } }, required: ['id', 'n'] };
    const after = { type: 'object', properties: { id: { type: 'string' }, n: { type: 'string' } }, required: ['id', 'n'] };
    const narrowed = discover(before, after).filter((x) => x.rule === 'discover.schema.narrowed');
    expect(narrowed.map((f) => f.pointer).sort()).toEqual(['/documentSchema/properties/id', '/documentSchema/properties/n']);
    for (const f of narrowed) {
      expectWitness(f, before, after);
      const field = f.pointer!.split('/').at(-1)!;
      const a = validator(after);
      if (!a.ok) throw new Error('compiles');
      expect(a.errors(f.witness).filter((e) => e.startsWith(`/${field} `))).not.toEqual([]);
    }
  });
  it('names nullability removed and type narrowed as two causes of one field, each with a witness document', () => {
    const before = doc({ n: { type: ['null', 'number', 'string'] } });
    const after = doc({ n: { type: 'number' } });
    const findings = discover(before, after);
    const nullability = findings.find((f) => f.rule === 'discover.schema.nullability-removed');
    const narrowed = findings.find((f) => f.rule === 'discover.schema.narrowed');
    expect(nullability?.pointer).toBe('/documentSchema/properties/n');
    expectWitness(nullability, before, after);
    expect(narrowed?.message).toMatch(/type narrowed: string/);
    expectWitness(narrowed, before, after);
  });

  it('finds an enum narrowing that the types alone do not show, through $ref', () => {
    const before = doc({ kind: { $ref: '#/$defs/kind' } });
    (before as Record<string, unknown>).$defs = { kind: { type: 'string' } };
    const after = doc({ kind: { enum: ['a', 'b'] } });
    const f = discover(before, after).find((x) => x.rule === 'discover.schema.narrowed');
    expect(f?.message).toMatch(/enum narrowed/);
    expectWitness(f, before, after);
  });

  it('reports a new required field as a narrowing whose witness lacks it', () => {
    const before = doc({ a: { type: 'string' } });
    const after = doc({ a: { type: 'string' }, b: { type: 'string' } }, ['id', 'b']);
    const f = discover(before, after).find((x) => x.rule === 'discover.schema.narrowed');
    expect(f?.message).toMatch(/b: added as a required property/);
    expect(f?.witness).not.toHaveProperty('b');
    expectWitness(f, before, after);
  });

  it('widenings: added property and null are info, another type is a warning, format change is a warning', () => {
    const before = doc({ a: { type: 'integer' }, t: { type: 'string' } });
    const after = doc({ a: { type: ['null', 'string', 'integer'] }, t: { type: 'string', format: 'date-time' }, c: { type: 'string' } });
    const rules = discover(before, after)
      .map((f) => `${f.rule}:${f.severity}:${f.pointer}`)
      .sort();
    expect(rules).toEqual([
      'discover.schema.format-changed:warning:/documentSchema/properties/t',
      'discover.schema.nullability-added:info:/documentSchema/properties/a',
      'discover.schema.property-added:info:/documentSchema/properties/c',
      'discover.schema.type-widened:warning:/documentSchema/properties/a',
    ]);
  });

  it('reports /_meta apart, once per field, and nothing for identical schemas', () => {
    const before = doc({ a: { type: 'string' } });
    const after = {
      ...doc({ a: { type: 'string' }, _meta: { type: 'object', properties: { row_id: { type: 'integer' } }, required: ['row_id'] } }, [
        'id',
        '_meta',
      ]),
    };
    const findings = discover(before, after);
    expect(findings.map((f) => f.rule)).toEqual(['discover.schema.meta-changed']);
    expect(discover(before, structuredClone(before))).toEqual([]);
  });

  it('says unknown instead of guessing when a field schema cannot be judged', () => {
    const before = doc({ p: { type: 'string', pattern: '^(a|b)+$' } });
    const after = doc({ p: { type: 'string', pattern: '^(?=a)(a|b)+$' } });
    const findings = discover(before, after).filter((f) => f.pointer === '/documentSchema/properties/p');
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      if (f.rule === 'discover.schema.unknown') expect(f.severity).toBe('warning');
      else expectWitness(f, before, after);
    }
  });
});

const spec = (configSchema: unknown): SpecResponse => ({
  configSchema,
  resourceConfigSchema: { type: 'object', properties: { stream: { type: 'string' } }, required: ['stream'] },
});

describe('properties not declared by name', () => {
  it.each([
    ['additionalProperties', (t: unknown) => ({ type: 'object', additionalProperties: { type: t } }), { extra: null }],
    ['patternProperties', (t: unknown) => ({ type: 'object', patternProperties: { '^x_': { type: t } } }), { x_: null }],
  ])('a nullability narrowing under %s is breaking, with a witness document', (_, attrs, inner) => {
    const before = doc({ attrs: attrs(['string', 'null']) });
    const after = doc({ attrs: attrs('string') });
    const narrowed = discover(before, after).find((f) => f.rule === 'discover.schema.narrowed');
    expect(narrowed).toMatchObject({
      severity: 'breaking',
      pointer: '/documentSchema/properties/attrs',
      witness: { id: '', attrs: inner },
    });
    expectWitness(narrowed, before, after);
  });

  it.each([
    ['an object', (n: unknown) => ({ type: 'object', additionalProperties: { type: 'object', properties: { n: { type: n } } } })],
    [
      'an array of objects',
      (n: unknown) => ({
        type: 'object',
        additionalProperties: { type: 'array', items: { type: 'object', properties: { n: { type: n } } } },
      }),
    ],
    [
      'an object under patternProperties',
      (n: unknown) => ({ type: 'object', patternProperties: { '^x_': { type: 'object', properties: { n: { type: n } } } } }),
    ],
  ])(
    'a narrowing nested in %s below additionalProperties or patternProperties (no field of its own) is breaking, with a witness document',
    (_, attrs) => {
      const before = doc({ attrs: attrs(['string', 'null']) });
      const after = doc({ attrs: attrs('string') });
      const narrowed = discover(before, after).find((f) => f.rule === 'discover.schema.narrowed');
      expect(narrowed).toMatchObject({ severity: 'breaking', pointer: '/documentSchema/properties/attrs' });
      expect(JSON.stringify((narrowed!.witness as { attrs: unknown }).attrs)).toContain('"n":null');
      expectWitness(narrowed, before, after);
      // And the same schema on both sides is still no finding.
      expect(discover(before, before)).toEqual([]);
    },
  );

  it('a named property stays judged as its own field, not by additionalProperties', () => {
    const attrs = (t: string) => ({ type: 'object', properties: { n: { type: 'integer' } }, additionalProperties: { type: t } });
    expect(discover(doc({ attrs: attrs('string') }), doc({ attrs: attrs('string') }))).toEqual([]);
    const f = discover(doc({ attrs: attrs('string') }), doc({ attrs: { ...attrs('string'), additionalProperties: { type: 'integer' } } }));
    expect(f.map((x) => x.rule)).toContain('discover.schema.narrowed');
    expect(f.find((x) => x.rule === 'discover.schema.narrowed')?.witness).not.toHaveProperty('attrs.n');
  });
});

describe('witnesses from captured documents', () => {
  it('starts from a captured baseline document where no made-up one satisfies the schema (a pattern with a lookahead)', () => {
    // refa builds no automaton for a lookahead, so no made-up id matches the pattern; the captured one does.
    const schema = (n: unknown) => ({
      type: 'object',
      required: ['id', 'email'],
      properties: { id: { type: 'string', pattern: '^(?=usr_)usr_[0-9]{4}$' }, email: { type: 'string', format: 'email' }, n: { type: n } },
    });
    const [before, after] = [schema(['integer', 'null']), schema('integer')];
    const captured = { id: 'usr_0042', email: 'ada@example.com', n: 7 };
    const withSamples = compareDiscover(
      { bindings: [binding(before)], pointers: ['/stream'], samples: new Map([['users', [captured]]]) },
      { bindings: [binding(after)], pointers: ['/stream'] },
    );
    // No captured document has n null, so the narrowing is narrowed-unused; its witness is the captured document with null.
    const removed = withSamples.find((f) => f.rule === 'discover.schema.narrowed-unused');
    expect(removed?.witness).toEqual({ ...captured, n: null });
    expectWitness(removed, before, after);
    // Without the captured document the same narrowing has no document to show it.
    expect(discover(before, after).map((f) => f.rule)).toContain('discover.schema.unknown');
  });

  it('reads a field named like an Object.prototype member only where a captured document has it', () => {
    // `constructor` narrowed from integer-or-null to integer: no captured document has it at all.
    const schema = (c: unknown) => ({
      type: 'object',
      required: ['id'],
      properties: { id: { type: 'integer' }, constructor: { type: c } },
    });
    const [before, after] = [schema(['integer', 'null']), schema('integer')];
    const findings = compareDiscover(
      { bindings: [binding(before)], pointers: ['/stream'], samples: new Map([['users', [{ id: 1 }, { id: 2 }]]]) },
      { bindings: [binding(after)], pointers: ['/stream'] },
    );
    const unused = findings.find((f) => f.rule === 'discover.schema.narrowed-unused');
    expect(unused?.pointer).toBe('/documentSchema/properties/constructor');
    expectWitness(unused, before, after);
    expect(findings.map((f) => f.rule)).not.toContain('discover.schema.narrowed');
  });

  it('changes a nested field in its witness and leaves the captured document as it was', () => {
    const schema = (n: unknown) => ({
      type: 'object',
      required: ['id'],
      properties: {
        id: { type: 'string', pattern: '^(?=usr_)usr_[0-9]{4}$' },
        profile: { type: 'object', properties: { n: { type: n }, tags: { type: 'array' } } },
      },
    });
    const [before, after] = [schema(['integer', 'null']), schema('integer')];
    const captured = { id: 'usr_0042', profile: { n: 7, tags: ['a'] }, other: { deep: [1, { x: 2 }] } };
    const copy = structuredClone(captured);
    const findings = compareDiscover(
      { bindings: [binding(before)], pointers: ['/stream'], samples: new Map([['users', [captured]]]) },
      { bindings: [binding(after)], pointers: ['/stream'] },
    );
    const removed = findings.find((f) => f.rule === 'discover.schema.narrowed-unused');
    expect(removed?.witness).toEqual({ ...copy, profile: { n: null, tags: ['a'] } });
    expectWitness(removed, before, after);
    expect(captured).toEqual(copy);
  });
});

describe('size', () => {
  it('a valid 10,000-branch anyOf is one unknown finding saying it is too large to compile, never "not valid JSON Schema"', () => {
    const consts = (n: number) => ({ anyOf: Array.from({ length: n }, (_, i) => ({ const: `v${i}` })) });
    const findings = discover(doc({ f: consts(10_000) }), doc({ f: consts(9_999) }));
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([['discover.schema.unknown', 'warning']]);
    expect(findings[0]!.message).toMatch(/^field \/f: the candidate's schema for it is too large for the validator to compile/);
  });
});

describe('complete findings', () => {
  it('an enum narrowing names every value it removes', () => {
    const before = doc({ tier: { type: 'string', enum: ['free', 'pro', 'team', 'enterprise'] } });
    const after = doc({ tier: { type: 'string', enum: ['free', 'pro'] } });
    const narrowed = discover(before, after).find((f) => f.rule === 'discover.schema.narrowed');
    expect(narrowed?.message).toBe('field /tier: enum narrowed: "team", "enterprise" no longer allowed');
    expectWitness(narrowed, before, after);
  });
});

describe('the direction that matters', () => {
  // Every baseline value ("aa") is still accepted; whether the candidate's lookahead pattern (which
  // refa cannot turn into an automaton) accepts more is not decided. Configs need only the first;
  // documents need both.
  const before = { type: 'string', const: 'aa' };
  const after = { type: 'string', pattern: '^(?=aa$)a+$' };

  it('an undecided gain in a config schema gives no warning', () => {
    const spec = (key: object): SpecResponse => ({
      protocol: 3032023,
      documentationUrl: 'https://x',
      resourceConfigSchema: { type: 'object' },
      configSchema: { type: 'object', properties: { key } },
    });
    expect(compareSpec(spec(before), spec(after))).toEqual([]);
  });

  it('the same undecided gain in a document schema is a warning that says so', () => {
    const findings = discover(doc({ key: before }), doc({ key: after }));
    expect(findings.map((f) => [f.rule, f.severity, f.pointer])).toEqual([
      ['discover.schema.unknown', 'warning', '/documentSchema/properties/key'],
    ]);
  });
});

describe('endpoint config schemas', () => {
  const before = { type: 'object', properties: { mode: { type: 'string' }, host: { type: 'string' } }, required: ['host'] };
  const after = { type: 'object', properties: { mode: { enum: ['fast'] }, host: { type: 'string' } }, required: ['host'] };

  it('a narrowing no concrete config hits is narrowed-unused, with its witness', () => {
    const f = compareSpec(spec(before), spec(after)).find((x) => x.rule.startsWith('spec.config.narrowed'));
    expect(f?.rule).toBe('spec.config.narrowed-unused');
    expect(f?.severity).toBe('warning');
    expectWitness(f, before, after);
  });

  it('the test config hit makes it breaking, and the secret test config is never shown', () => {
    const testConfig = { host: 'h', mode: 'slow-secret-value' };
    const f = compareSpec(spec(before), spec(after), { testConfig }).find((x) => x.rule.startsWith('spec.config.narrowed'));
    expect(f?.rule).toBe('spec.config.narrowed');
    expect(f?.message).toMatch(/the test config/);
    expect(JSON.stringify(f)).not.toContain('slow-secret-value');
    expectWitness(f, before, after);
  });

  it('a known config from compat.yaml that still validates keeps it a warning', () => {
    const f = compareSpec(spec(before), spec(after), { knownConfigs: [{ host: 'h', mode: 'fast' }] }).find((x) =>
      x.rule.startsWith('spec.config.narrowed'),
    );
    expect(f?.rule).toBe('spec.config.narrowed-unused');
  });

  it('an invalid candidate schema is spec.config.invalid-schema', () => {
    const broken = { type: 'object', properties: { start: { type: 'date-time' } } };
    const f = compareSpec(spec(before), spec(broken)).find((x) => x.rule === 'spec.config.invalid-schema');
    expect(f?.severity).toBe('breaking');
  });

  it('a lost secret flag is breaking', () => {
    const secret = { type: 'object', properties: { key: { type: 'string', secret: true } } };
    const plain = { type: 'object', properties: { key: { type: 'string' } } };
    expect(compareSpec(spec(secret), spec(plain)).find((x) => x.rule === 'spec.config.secret-unmarked')?.severity).toBe('breaking');
  });

  it('a resource config schema narrowing hit by a discovered resource config is spec.resource.narrowed', () => {
    const b = { type: 'object', properties: { stream: { type: 'string' }, cursor: { type: ['string', 'null'] } } };
    const a = { type: 'object', properties: { stream: { type: 'string' }, cursor: { type: 'string' } } };
    const withResource = (r: unknown): SpecResponse => ({ configSchema: before, resourceConfigSchema: r });
    const hit = compareSpec(withResource(b), withResource(a), {
      resourceConfigs: [{ label: 'binding users', value: { stream: 'users', cursor: null } }],
    });
    const f = hit.find((x) => x.rule.startsWith('spec.resource.narrowed'));
    expect(f?.rule).toBe('spec.resource.narrowed');
    expect(f?.message).toMatch(/binding users/);
    expectWitness(f, b, a);
  });
});

describe('witnesses for documents whose fields need a format or a pattern (synthetic catalog, bench/lib/catalog.ts)', () => {
  it('fills a required email, uri and patterned string so that a narrowing elsewhere is shown', () => {
    const fields = {
      email: { type: 'string', format: 'email' },
      site: { type: 'string', format: 'uri' },
      code: { type: 'string', pattern: '^[A-Z]{3}-\\d{2}$' },
    };
    const before = doc({ ...fields, flag: { type: ['boolean', 'null'] } }, ['id', 'email', 'site', 'code']);
    const after = doc({ ...fields, flag: { type: ['integer', 'null'] } }, ['id', 'email', 'site', 'code']);
    const f = discover(before, after);
    expect(f.filter((x) => x.rule === 'discover.schema.unknown')).toEqual([]);
    const narrowed = f.find((x) => x.rule === 'discover.schema.narrowed');
    expect(narrowed?.message).toBe('field /flag: type narrowed: boolean no longer accepted');
    expectWitness(narrowed, before, after);
    expect(narrowed?.witness).toMatchObject({ email: 'a@example.com', code: expect.stringMatching(/^[A-Z]{3}-\d{2}$/) });
  });

  it('shows a string lost at a field with a format by a string of that format', () => {
    const before = doc({ link: { type: ['string', 'null'], format: 'uri' } });
    const after = doc({ link: { type: ['integer', 'null'], format: 'uri' } });
    const f = discover(before, after);
    expect(f.filter((x) => x.rule === 'discover.schema.unknown')).toEqual([]);
    const narrowed = f.find((x) => x.rule === 'discover.schema.narrowed');
    expect(narrowed?.message).toBe('field /link: type narrowed: string no longer accepted');
    expectWitness(narrowed, before, after);
    expect(narrowed?.witness).toEqual({ id: '', link: 'https://example.com/a' });
  });
});
