import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCatalog } from '../../bench/lib/catalog.js';
import { judgeSchemaFields, DOCUMENT_RULES } from '../../src/compare/schema-diff.js';
import { collectFields, type FieldInfo, walkPlans, type WalkPlan } from '../../src/schema/index.js';
import type { Binding } from '../../src/model/types.js';
import { readSnapshotSet } from '../../src/snapshots/read.js';
import { estuaryPair, needsShared } from '../helpers/shared.js';

const nullable = (types: string) => ({ type: [types, 'null'] });
const names = (plan: WalkPlan | null | undefined) => [...(plan?.walk.keys() ?? [])];

describe('walk plans: which properties the field walk reads', () => {
  const before = {
    type: 'object',
    required: ['id'],
    properties: {
      id: { type: 'integer' },
      same: nullable('string'),
      changed: { type: 'string' },
      gone: { type: 'string' },
      address: { anyOf: [{ type: 'object', properties: { city: { type: 'string' }, zip: { type: 'string' } } }, { type: 'null' }] },
      viaRef: { $ref: '#/$defs/Money' },
    },
    $defs: { Money: { type: 'object', properties: { amount: { type: 'number' } } } },
  };
  // The candidate: `changed` and the nested `zip` change type, `gone` goes, `added` comes, `viaRef` gains a description.
  const after = structuredClone(before) as typeof before & { properties: Record<string, unknown> };
  after.properties.changed = { type: 'integer' };
  delete (after.properties as Record<string, unknown>).gone;
  after.properties.address.anyOf[0]!.properties!.zip = { type: 'integer' };
  after.properties.viaRef = { $ref: '#/$defs/Money', description: 'now described' } as typeof before.properties.viaRef;
  after.properties.added = { type: 'boolean' };

  it('leaves out what is written the same, walks what differs or is on one side only, and goes into a nullable object', () => {
    const plans = walkPlans(before, after)!;
    expect(names(plans.before)).toEqual(['changed', 'gone', 'address', 'viaRef']);
    expect(names(plans.after)).toEqual(['changed', 'address', 'viaRef', 'added']);
    // Inside the nullable object only the changed field is walked; a $ref is walked whole.
    expect(names(plans.before.walk.get('address'))).toEqual(['zip']);
    expect(plans.before.walk.get('viaRef')).toBeNull();
  });

  it('walks everything when references could resolve differently or the top has alternatives', () => {
    expect(walkPlans(before, { ...after, $defs: { Money: { type: 'object' } } })).toBeUndefined();
    expect(walkPlans({ ...before, anyOf: [{ required: ['id'] }] }, after)).toBeUndefined();
  });

  it('walks a property whose required-ness changed, and one named * (it would share its path with array items)', () => {
    const b = { type: 'object', properties: { a: { type: 'string' }, '*': { type: 'string' } } };
    const a = { type: 'object', required: ['a'], properties: { a: { type: 'string' }, '*': { type: 'string' } } };
    expect(names(walkPlans(b, a)!.after)).toEqual(['a', '*']);
  });

  it('judges a nested change once, at its own field', () => {
    const { findings } = judgeSchemaFields(before, after, { rules: DOCUMENT_RULES, binding: 'x', scope: '/documentSchema', noun: 'field' });
    // string -> integer loses strings and gains integers: narrowed and widened, each once.
    expect(findings.map((f) => `${f.rule} ${f.pointer}`).sort()).toEqual(
      [
        'discover.schema.narrowed /documentSchema/properties/address/anyOf/0/properties/zip',
        'discover.schema.narrowed /documentSchema/properties/changed',
        'discover.schema.property-added /documentSchema/properties/added',
        'discover.schema.property-removed /documentSchema/properties/gone',
        'discover.schema.type-widened /documentSchema/properties/address/anyOf/0/properties/zip',
        'discover.schema.type-widened /documentSchema/properties/changed',
      ].sort(),
    );
  });
});

/** What the walk reads of a field, for comparing two walks. */
const shape = (f: FieldInfo) => ({ ...f, types: [...f.types].sort(), formats: [...f.formats].sort() });

/**
 * The plan must not change what is read of a walked field, and a field it leaves out must read
 * the same on both sides: then no finding can depend on it.
 */
function expectPlansSound(bindings: [Binding, Binding][]): number {
  let skipped = 0;
  for (const [b, a] of bindings) {
    const plans = walkPlans(b.documentSchema, a.documentSchema);
    const [fullB, fullA] = [collectFields(b.documentSchema), collectFields(a.documentSchema)];
    const [planB, planA] = [collectFields(b.documentSchema, plans?.before), collectFields(a.documentSchema, plans?.after)];
    for (const [full, planned] of [
      [fullB, planB],
      [fullA, planA],
    ] as const) {
      for (const [p, f] of planned) expect(shape(f), `${b.recommendedName} ${p}`).toEqual(shape(full.get(p)!));
    }
    for (const [p, f] of fullB) {
      if (planB.has(p)) continue;
      skipped++;
      expect(fullA.has(p), `${b.recommendedName} ${p} left out but not on the other side`).toBe(true);
      const { schemaPointer: _b, ...restB } = shape(f);
      const { schemaPointer: _a, ...restA } = shape(fullA.get(p)!);
      expect(restA, `${b.recommendedName} ${p}`).toEqual(restB);
    }
  }
  return skipped;
}

function pairsByName(before: Binding[], after: Binding[]): [Binding, Binding][] {
  const byName = new Map(after.map((b) => [b.recommendedName, b]));
  return before.flatMap((b) => (byName.has(b.recommendedName) ? [[b, byName.get(b.recommendedName)!] as [Binding, Binding]] : []));
}

describe('walk plans are sound on a generated catalog', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'compat-plans-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('leaves out only fields that read the same on both sides, and reads walked fields as a full walk does', async () => {
    const catalog = writeCatalog(dir, { bindings: 40, properties: 120, docsPerBinding: 0, seed: 3 });
    const [b, a] = [await readSnapshotSet(catalog.baselineDir), await readSnapshotSet(catalog.candidateDir)];
    const skipped = expectPlansSound(pairsByName(b.discover!, a.discover!));
    expect(skipped).toBeGreaterThan(1000);
  });
});

describe.skipIf(!needsShared('walk plans on real pairs', 'fixtures/estuary'))('walk plans are sound on the real estuary pairs', () => {
  it.each(['source-hubspot', 'source-notion', 'source-iterable', 'source-zendesk-support'])('%s', async (connector) => {
    const { atf, imported } = estuaryPair(connector);
    const [b, a] = [await readSnapshotSet(atf), await readSnapshotSet(imported)];
    expectPlansSound(pairsByName(b.discover!, a.discover!));
  });
});
