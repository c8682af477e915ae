import { describe, expect, it } from 'vitest';
import { Random } from '../../bench/lib/random.js';
import { compareDiscover } from '../../src/compare/discover.js';
import { compareSpec } from '../../src/compare/spec.js';
import type { Binding, Finding, SpecResponse } from '../../src/model/types.js';
import { validator } from '../../src/schema/validate.js';

type Schema = Record<string, unknown>;

/** A property as discovered schemas write them: a type, often nullable, with a few constraints. */
function prop(r: Random): Schema {
  const t = r.pick(['string', 'integer', 'number', 'boolean', 'object', 'array']);
  const s: Schema = { type: r.chance(0.4) ? [t, 'null'] : t };
  if (t === 'string' && r.chance(0.3)) s.format = r.pick(['date-time', 'date', 'email', 'integer', 'number']);
  if (t === 'string' && r.chance(0.2)) s.maxLength = r.pick([5, 10]);
  if (t === 'string' && r.chance(0.2)) s.enum = ['a', 'b', ...(r.chance(0.5) ? ['c'] : [])];
  if ((t === 'integer' || t === 'number') && r.chance(0.3)) s.minimum = r.pick([0, 1]);
  if (t === 'object' && r.chance(0.6)) {
    s.properties = { x: { type: r.pick(['string', 'integer']) } };
    if (r.chance(0.3)) s.required = ['x'];
  }
  if (t === 'array' && r.chance(0.6)) s.items = { type: r.pick(['string', 'integer', ['string', 'null']]) };
  return r.chance(0.15) ? { anyOf: [s, { type: 'null' }] } : s;
}

/** The same schema with a few properties removed, retyped, added, made required or optional. */
function changed(r: Random, s: Schema): Schema {
  const c = structuredClone(s) as { properties: Record<string, Schema>; required?: string[] };
  for (let i = 0; i < r.int(0, 3); i++) {
    const name = r.pick(Object.keys(c.properties));
    const k = r.int(0, 4);
    if (k === 0) delete c.properties[name];
    else if (k === 1) c.properties[name] = prop(r);
    else if (k === 2) c.required = [...new Set([...(c.required ?? []), name])];
    else if (k === 3) c.required = (c.required ?? []).filter((x) => x !== name);
    else c.properties[`new${i}`] = prop(r);
  }
  return c;
}

const binding = (documentSchema: unknown): Binding => ({
  recommendedName: 'users',
  resourceConfig: { stream: 'users' },
  documentSchema,
  key: ['/id'],
});
/** Findings about what a schema gains: their witness is a value the candidate takes and the baseline does not. */
const GAIN = new Set(['discover.schema.type-widened', 'discover.schema.values-widened', 'spec.config.widened']);

const spec = (configSchema: unknown): SpecResponse => ({
  configSchema,
  resourceConfigSchema: { type: 'object', properties: { stream: { type: 'string' } }, required: ['stream'] },
});
const STAGES: [string, (before: Schema, after: Schema) => Finding[]][] = [
  [
    'a document schema',
    (b, a) => compareDiscover({ bindings: [binding(b)], pointers: ['/stream'] }, { bindings: [binding(a)], pointers: ['/stream'] }),
  ],
  ['an endpoint config schema', (b, a) => compareSpec(spec(b), spec(a))],
];

describe.each(STAGES)('witnesses of findings on random changes of %s', (_, compare) => {
  it('are each a value ajv accepts under one side and rejects under the other (300 changes)', () => {
    const r = new Random(3);
    const rules = new Set<string>();
    let witnesses = 0;
    for (let n = 0; n < 300; n++) {
      const names = ['id', 'a', 'b', 'c', 'd'];
      const before = {
        type: 'object',
        properties: Object.fromEntries(names.map((k) => [k, k === 'id' ? { type: 'integer' } : prop(r)])),
        required: ['id', ...(r.chance(0.5) ? ['a'] : [])],
      };
      const after = changed(r, before);
      const [b, a] = [validator(before), validator(after)];
      if (!b.ok || !a.ok) throw new Error('generated schemas compile');
      for (const f of compare(before, after)) {
        if (f.witness === undefined) continue;
        witnesses++;
        rules.add(f.rule);
        const [takes, refuses] = GAIN.has(f.rule) ? [a, b] : [b, a];
        expect([takes.validate(f.witness), refuses.validate(f.witness)], `${f.rule} ${JSON.stringify(f.witness)}`).toEqual([true, false]);
      }
    }
    expect(witnesses).toBeGreaterThan(100);
    expect(rules.size).toBeGreaterThanOrEqual(2);
  });
});
