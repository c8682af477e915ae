import { describe, expect, it } from 'vitest';
import { compareCapture } from '../../src/compare/capture-pairs.js';
import type { Binding, CapturedDoc, JsonObject } from '../../src/model/types.js';

const schema = {
  type: 'object',
  properties: { id: { type: 'integer' }, name: { type: 'string' }, n: { type: 'integer' }, at: { type: 'string' } },
  required: ['id'],
};
const bindings: Binding[] = [{ recommendedName: 'users', resourceConfig: { stream: 'users' }, documentSchema: schema, key: ['/id'] }];
const docs = (...ds: JsonObject[]): CapturedDoc[] => ds.map((d) => ['acmeCo/users', d]);
const run = (before: JsonObject[], after: JsonObject[], redact: string[] = []) =>
  compareCapture({ docs: docs(...before), bindings }, { docs: docs(...after), bindings }, { redact });

describe('capture: documents matched by key and compared field by field', () => {
  it('a field missing from the candidate document is breaking', () => {
    const f = run([{ id: 1, name: 'a' }], [{ id: 1 }]);
    expect(f.map((x) => [x.rule, x.severity, x.pointer])).toEqual([['capture.field.removed', 'breaking', '/name']]);
  });

  it('a field named like an Object.prototype member is a field: missing from the candidate, it is breaking', () => {
    const parsed = (text: string) => JSON.parse(text) as JsonObject;
    const f = run([parsed('{"id":1,"constructor":"c","toString":"t","__proto__":{"x":1}}')], [parsed('{"id":1}')]);
    expect(f.filter((x) => x.rule === 'capture.field.removed').map((x) => x.pointer)).toEqual([
      '/constructor',
      '/toString',
      '/__proto__/x',
    ]);
    // And one the candidate adds is an added field, not a change of the baseline's inherited value.
    const g = run([parsed('{"id":1}')], [parsed('{"id":1,"valueOf":1}')]);
    expect(g.map((x) => [x.rule, x.pointer])).toEqual([['capture.field.added', '/valueOf']]);
  });

  it('a changed JSON type is breaking, matched by key whatever the order', () => {
    const f = run(
      [
        { id: 1, n: 1 },
        { id: 2, n: 2 },
      ],
      [
        { id: 2, n: 2 },
        { id: 1, n: '1' },
      ],
    );
    const changed = f.filter((x) => x.rule === 'capture.value.type-changed');
    expect(changed).toHaveLength(1);
    expect(changed[0].message).toMatch(/from integer to string in 1 of 2/);
  });

  it('a candidate document its own discovered schema rejects is capture.schema.violation, and the baseline schema says so too', () => {
    const f = run([{ id: 1, n: 1 }], [{ id: 1, n: 1.5 }]);
    const own = f.find((x) => x.rule === 'capture.schema.violation');
    expect(own?.severity).toBe('breaking');
    expect(own?.pointer).toBe('/n');
    expect(f.find((x) => x.rule === 'capture.schema.baseline-violation')?.severity).toBe('warning');
  });

  it('a schema violation names its first document by key and carries it', () => {
    const f = run(
      [
        { id: 1, n: 1 },
        { id: 2, n: 2 },
      ],
      [
        { id: 1, n: 1 },
        { id: 2, n: 'two' },
      ],
    );
    const own = f.find((x) => x.rule === 'capture.schema.violation');
    expect(own?.message).toBe(
      "1 of 2 candidate documents are invalid under the candidate's own discovered schema at /n: must be integer; the first is the document with key [2]",
    );
    expect(own?.witness).toEqual({ id: 2, n: 'two' });
  });

  it('documents that differ only in redacted values or redact pointers give no finding', () => {
    expect(run([{ id: 1, at: 'redacted', name: 'x' }], [{ id: 1, at: 'then', name: 'y' }], ['/name'])).toEqual([]);
    // A redacted value of another type is not judged against the schema either.
    expect(run([{ id: 1, n: 'redacted' }], [{ id: 1, n: 'redacted' }])).toEqual([]);
  });

  it('documents that differ only in /_meta give only runtime-metadata info', () => {
    const f = run([{ id: 1, name: 'a' }], [{ id: 1, name: 'a', _meta: { row_id: 0, op: 'u' } }]);
    expect(f.length).toBeGreaterThan(0);
    expect(f.every((x) => x.rule === 'capture.meta.changed' && x.severity === 'info')).toBe(true);
  });
});

describe('capture: documents combined by key, and every document accounted for', () => {
  const rules = (f: ReturnType<typeof run>) => f.map((x) => [x.rule, x.severity]);

  it('combines documents of one key within a capture, the last one winning, as Flow publishes them', () => {
    const before = [
      { id: 1, name: 'old' },
      { id: 2, name: 'b' },
      { id: 1, name: 'new' },
    ];
    expect(
      run(before, [
        { id: 1, name: 'new' },
        { id: 2, name: 'b' },
      ]),
    ).toEqual([]);
    const f = run(before, [
      { id: 1, name: 'old' },
      { id: 2, name: 'b' },
    ]);
    expect(f.map((x) => [x.rule, x.pointer, x.after])).toEqual([['capture.value.changed', '/name', 'old']]);
  });

  it('fewer candidate documents is capture.document.missing, naming an example key', () => {
    const f = run([{ id: 1 }, { id: 2 }, { id: 3 }], [{ id: 1 }]);
    expect(rules(f)).toEqual([['capture.document.missing', 'warning']]);
    expect(f[0]!.message).toBe(
      'acmeCo/users: 2 of 3 baseline documents have no candidate document with the same key /id (e.g. [2]); the candidate captured 1',
    );
  });

  it('as many documents but other keys is capture.document.unmatched (info): the captures are different samples', () => {
    const f = run([{ id: 1 }, { id: 2 }], [{ id: 1 }, { id: 9 }]);
    expect(rules(f)).toEqual([['capture.document.unmatched', 'info']]);
    expect(f[0]!.message).toContain(
      '1 of 2 baseline documents have no candidate document with the same key /id (e.g. [2]); the candidate captured 2',
    );
  });

  it('a whole object the candidate snapshot redacts hides its fields, and an empty object takes the fields the other side adds', () => {
    expect(run([{ id: 1, props: { a: 1, b: { c: 2 } } }], [{ id: 1, props: 'redacted' }])).toEqual([]);
    expect(run([{ id: 1, props: 'redacted' }], [{ id: 1, props: { a: 1 } }])).toEqual([]);
    const f = run([{ id: 1, props: {} }], [{ id: 1, props: { a: 1 } }]);
    expect(f.map((x) => [x.rule, x.pointer])).toEqual([['capture.field.added', '/props/a']]);
  });

  // estuary/connectors' compare_capture_records (a snapshot test helper), ported to judge this
  // comparison by: every expected key present with an equal value, extra keys allowed, lists equal
  // in length and item by item, the record count equal. Wherever it fails, this comparison must say
  // more than info; that is, it is at least as strict.
  function compareCaptureRecords(actual: CapturedDoc[], expected: CapturedDoc[]): string[] {
    if (actual.length !== expected.length) return [`Record count: got ${actual.length}, expected ${expected.length}`];
    const values = (a: unknown, e: unknown, path: string): string[] => {
      if (e !== null && typeof e === 'object' && !Array.isArray(e)) {
        if (a === null || typeof a !== 'object' || Array.isArray(a)) return [`${path}: expected dict`];
        return Object.keys(e).flatMap((k) =>
          k in a ? values((a as JsonObject)[k], (e as JsonObject)[k], `${path}.${k}`) : [`${path}: key '${k}' missing`],
        );
      }
      if (Array.isArray(e)) {
        if (!Array.isArray(a)) return [`${path}: expected list`];
        if (a.length !== e.length) return [`${path}: list length`];
        return e.flatMap((x, i) => values(a[i], x, `${path}[${i}]`));
      }
      return a === e ? [] : [`${path}: expected ${JSON.stringify(e)}, got ${JSON.stringify(a)}`];
    };
    return expected.flatMap(([c, e], i) => values(actual[i]![1], e, c));
  }

  const cases: [JsonObject[], JsonObject[]][] = [
    [[{ id: 1, name: 'a' }], [{ id: 1, name: 'b' }]],
    [[{ id: 1, name: 'a' }], [{ id: 1 }]],
    [[{ id: 1, tags: ['x', 'y'] }], [{ id: 1, tags: ['x'] }]],
    [[{ id: 1, tags: [{ k: 1 }] }], [{ id: 1, tags: [{ k: 2 }] }]],
    [[{ id: 1, o: { p: { q: true } } }], [{ id: 1, o: { p: { q: false } } }]],
    [[{ id: 1, o: { p: 1 } }], [{ id: 1, o: 'p' }]],
    [[{ id: 1 }, { id: 2 }], [{ id: 1 }]],
    [[{ id: 1, n: 1 }], [{ id: 1, n: '1' }]],
    [[{ id: 1, n: null }], [{ id: 1, n: 0 }]],
    // What compare_capture_records accepts: extra fields, on their own or inside an object.
    [[{ id: 1 }], [{ id: 1, extra: true }]],
    [[{ id: 1, o: {} }], [{ id: 1, o: { more: 1 } }]],
  ];

  it.each(cases.map((c, i) => [i, ...c] as const))(
    'case %i: a difference compare_capture_records fails is at least a warning here',
    (_, before, after) => {
      const theirs = compareCaptureRecords(docs(...after), docs(...before));
      const ours = run(before, after).filter((f) => f.severity !== 'info');
      if (theirs.length > 0) expect(ours, theirs.join('; ')).not.toEqual([]);
      else expect(ours).toEqual([]);
    },
  );
});

describe('capture: pairing by collection key', () => {
  it('pairs documents whose key a snapshot redacted in their order, instead of combining them', () => {
    const keyed = (docs: JsonObject[]) => docs.map((d) => ['acmeCo/history', d] as CapturedDoc);
    const b: Binding[] = [{ recommendedName: 'history', resourceConfig: { stream: 'history' }, documentSchema: {}, key: ['/id', '/at'] }];
    const rows = [
      { id: 1, at: 'redacted', v: null },
      { id: 1, at: 'redacted', v: 5 },
    ];
    expect(compareCapture({ docs: keyed(rows), bindings: b }, { docs: keyed(rows), bindings: b }, { redact: [] })).toEqual([]);
    const changed = compareCapture(
      { docs: keyed(rows), bindings: b },
      { docs: keyed([rows[0]!, { ...rows[1]!, v: 6 }]), bindings: b },
      { redact: [] },
    );
    expect(changed.map((f) => [f.rule, f.pointer, f.message])).toEqual([
      [
        'capture.value.changed',
        '/v',
        'field /v has a different value in 1 of 2 matched documents, e.g. the document with key [1,"redacted"]',
      ],
    ]);
  });

  it('pairs documents without the key in their order: no false change', () => {
    const f = run([{ name: 'a' }, { name: 'b' }], [{ name: 'a' }, { name: 'b' }]);
    // (The schema requires /id: that is said apart, as capture.schema.violation.)
    expect(f.filter((x) => !x.rule.startsWith('capture.schema.'))).toEqual([]);
  });
});
