import { describe, expect, it } from 'vitest';
import { compareCapture } from '../../src/compare/capture.js';
import { compareCaptureStreams } from '../../src/compare/capture-stream.js';
import { CaptureProfile } from '../../src/compare/capture-profile.js';
import type { Binding, CapturedDoc, Finding } from '../../src/model/types.js';

const binding = (name: string, properties: Record<string, unknown>, key = ['/id']): Binding => ({
  recommendedName: name,
  resourceConfig: { stream: name },
  documentSchema: { type: 'object', properties, required: ['id'] },
  key,
});
const users = (n: number, f: (i: number) => Record<string, unknown>): CapturedDoc[] =>
  Array.from({ length: n }, (_, i) => ['acmeCo/users', { id: i, ...f(i) }]);
const summary = (fs: Finding[]) => fs.map((f) => `${f.rule} ${f.binding} ${f.pointer ?? ''}`).sort();
const byRule = (fs: Finding[], rule: string) => fs.filter((f) => f.rule === rule);

describe('streamed capture comparison', () => {
  it('finds on a small capture what the in-memory comparison finds', async () => {
    const before = [...users(5, (i) => ({ name: `u${i}`, age: i, gone: true })), ['acmeCo/old', { id: 1 }] as CapturedDoc];
    const after = [
      ...users(5, (i) => ({ name: i === 2 ? 'changed' : `u${i}`, age: String(i), extra: 1 })).reverse(),
      ['acmeCo/new', { id: 1 }] as CapturedDoc,
    ];
    const memory = compareCapture({ docs: before }, { docs: after }, { redact: [] });
    const streamed = await compareCaptureStreams({ docs: before }, { docs: after }, { redact: [] });
    expect(summary(streamed)).toEqual(summary(memory));
    expect(new Set(streamed.map((f) => f.id))).toEqual(new Set(memory.map((f) => f.id)));
  });

  it('pairs documents by key wherever they are in the candidate stream', async () => {
    const bindings = [binding('users', { id: { type: 'integer' }, name: { type: 'string' } })];
    const before = users(50, (i) => ({ name: `u${i}` }));
    const after = users(50, (i) => ({ name: i === 40 ? 'renamed' : `u${i}` })).reverse();
    const findings = await compareCaptureStreams({ docs: before, bindings }, { docs: after, bindings }, { redact: [], sampleSize: 50 });
    expect(summary(findings)).toEqual(['capture.value.changed acmeCo/users /name']);
    expect(findings[0]).toMatchObject({ before: 'u40', after: 'renamed' });
  });

  it('judges field presence and types over every document, not only the sample', async () => {
    const before = users(1000, (i) => ({ ...(i > 900 ? { note: 'late' } : {}), score: i }));
    const after = users(1000, (i) => ({ score: i === 950 ? 'high' : i }));
    const findings = await compareCaptureStreams({ docs: before }, { docs: after }, { redact: [], sampleSize: 10 });
    const removed = byRule(findings, 'capture.field.removed');
    expect(removed.map((f) => f.pointer)).toEqual(['/note']);
    expect(removed[0]!.message).toContain('in 99 of 1000 baseline documents and in none of the candidate');
    const typed = byRule(findings, 'capture.value.type-changed');
    expect(typed.map((f) => f.pointer)).toEqual(['/score']);
    expect(typed[0]!.message).toContain('string in 1 of 1000 candidate documents');
  });

  it("counts schema violations per collection and place, against both sides' schemas", async () => {
    const baseline = [binding('users', { id: { type: 'integer' }, tags: { type: 'array', items: { type: 'string' } } })];
    const candidate = [binding('users', { id: { type: 'integer' }, tags: { type: 'array', items: { type: 'integer' } } })];
    const docs = users(200, (i) => ({ tags: i % 2 ? ['a', 'b'] : [1] }));
    const findings = await compareCaptureStreams({ docs, bindings: baseline }, { docs, bindings: candidate }, { redact: [] });
    const own = byRule(findings, 'capture.schema.violation');
    expect(own).toHaveLength(1);
    expect(own[0]).toMatchObject({ binding: 'acmeCo/users', pointer: '/tags/*', severity: 'breaking' });
    expect(own[0]!.message).toMatch(
      /^100 of 200 candidate documents are invalid under the candidate's own discovered schema at \/tags\/\*: must be integer/,
    );
    const theirs = byRule(findings, 'capture.schema.baseline-violation');
    expect(theirs).toHaveLength(1);
    expect(theirs[0]!.message).toMatch(/^100 of 200 .* baseline's discovered schema at \/tags\/\*: must be string/);
  });

  it('leaves redacted fields and the runtime uuid out', async () => {
    const before = users(3, (i) => ({ updated: `t${i}`, _meta: { uuid: `a${i}` } }));
    const after = users(3, (i) => ({ updated: i, _meta: { uuid: `b${i}` } }));
    expect(await compareCaptureStreams({ docs: before }, { docs: after }, { redact: ['/updated'] })).toEqual([]);
  });
});

describe('streamed capture comparison and redaction', () => {
  it('does not judge redacted values against the schema: redact globs, and the placeholder a snapshot wrote', async () => {
    const bindings = [binding('users', { id: { type: 'integer' }, updated: { type: 'integer' } })];
    const docs = users(3, () => ({ updated: 'a string' }));
    expect(await compareCaptureStreams({ docs, bindings }, { docs, bindings }, { redact: ['/updated'] })).toEqual([]);
    const unredacted = await compareCaptureStreams({ docs, bindings }, { docs, bindings }, { redact: [] });
    expect(byRule(unredacted, 'capture.schema.violation').map((f) => f.pointer)).toEqual(['/updated']);
    // The snapshot's placeholder stands for whatever the connector sent, as capture.ts reads it.
    const placeholders = users(3, () => ({ updated: 'redacted' }));
    expect(await compareCaptureStreams({ docs: placeholders, bindings }, { docs: placeholders, bindings }, { redact: [] })).toEqual([]);
  });
});

describe('a capture profile of documents whose field names never repeat (a map keyed by ids)', () => {
  it('counts every field up to the limit, including fields first seen after the tree of names stopped growing', () => {
    // Three names per field (o<i>, b, a): with a limit of 9 fields the tree of names (kept to twice
    // the limit) is full after 6 documents, while only 6 fields are counted.
    const p = new CaptureProfile({ redact: [], maxFields: 9 });
    for (let i = 0; i < 8; i++) p.add('acmeCo/maps', { [`o${i}`]: { b: { a: i } } });
    p.add('acmeCo/maps', { o7: { b: { a: 'x' } } });
    for (let i = 8; i < 20; i++) p.add('acmeCo/maps', { [`o${i}`]: { b: { a: i } } });
    const c = p.collections.get('acmeCo/maps')!;
    expect(c.documents).toBe(21);
    expect(c.fields.size).toBe(9);
    expect(c.truncated).toBe(true);
    expect(c.fields.get('/o7/b/a')).toEqual({
      count: 2,
      types: new Map([
        ['integer', 1],
        ['string', 1],
      ]),
    });
    expect([...c.fields.keys()].slice(-2)).toEqual(['/o7/b/a', '/o8/b/a']);
  });
});
