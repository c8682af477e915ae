import { describe, expect, it } from 'vitest';
import { compareCapture } from '../../src/compare/capture.js';
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
