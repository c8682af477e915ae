/**
 * A synthetic catalog: a baseline and a candidate snapshot set of many bindings with wide schemas,
 * shaped like real discovery output (nested objects, arrays of objects, anyOf-nullables, type
 * arrays, formats, `$defs` reached by `$ref`), and a candidate that differs the way imports do.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Binding, CapturedDoc, JsonObject, SpecResponse } from '../../src/model/types.js';
import { snapshotText } from '../../src/snapshots/write.js';
import { Random } from './random.js';

type Scalar = 'string' | 'integer' | 'number' | 'boolean';
type Nullable = 'no' | 'type-array' | 'any-of';

type Field =
  | { name: string; kind: 'scalar'; type: Scalar; format?: string; nullable: Nullable }
  | { name: string; kind: 'object'; fields: Field[]; nullable: Nullable }
  | { name: string; kind: 'array'; item: Field; nullable: Nullable }
  | { name: string; kind: 'ref'; def: string; nullable: Nullable };

interface Stream {
  name: string;
  key: string[];
  syncMode: 'incremental' | 'full_refresh';
  fields: Field[];
  defs: Record<string, Field[]>;
}

export interface CatalogShape {
  bindings: number;
  /** Properties per document schema, nested ones and those of `$defs` included. */
  properties: number;
  /** Documents per binding in the capture snapshot; 0 writes no capture snapshot (a catalog alone). */
  docsPerBinding: number;
  seed: number;
}

const FORMATS = ['date-time', 'date', 'email', 'uri', undefined, undefined, undefined];
const SCALARS: Scalar[] = ['string', 'string', 'string', 'integer', 'number', 'boolean'];

function scalar(rnd: Random, name: string): Field {
  const type = rnd.pick(SCALARS);
  const format = type === 'string' ? rnd.pick(FORMATS) : undefined;
  return {
    name,
    kind: 'scalar',
    type,
    ...(format ? { format } : {}),
    nullable: rnd.pick<Nullable>(['no', 'type-array', 'type-array', 'any-of']),
  };
}

/** Fields until `budget` properties are used; objects and arrays of objects take from the same budget. */
function fields(rnd: Random, prefix: string, budget: number, depth: number, defs: string[]): Field[] {
  const out: Field[] = [];
  let left = budget;
  let i = 0;
  while (left > 0) {
    const name = `${prefix}${i++}`;
    const roll = rnd.next();
    if (depth < 3 && left > 12 && roll < 0.06) {
      const n = rnd.int(4, Math.min(20, left - 1));
      out.push({
        name,
        kind: 'object',
        fields: fields(rnd, `${name}_`, n, depth + 1, defs),
        nullable: rnd.pick<Nullable>(['no', 'type-array', 'any-of']),
      });
      left -= n + 1;
    } else if (depth < 3 && left > 8 && roll < 0.09) {
      const n = rnd.int(3, Math.min(10, left - 1));
      out.push({
        name,
        kind: 'array',
        item: { name: '*', kind: 'object', fields: fields(rnd, `${name}_`, n, depth + 1, defs), nullable: 'no' },
        nullable: 'type-array',
      });
      left -= n + 1;
    } else if (defs.length > 0 && roll < 0.11) {
      out.push({ name, kind: 'ref', def: rnd.pick(defs), nullable: rnd.pick<Nullable>(['no', 'any-of']) });
      left -= 1;
    } else if (roll < 0.13) {
      out.push({ name, kind: 'array', item: scalar(rnd, '*'), nullable: 'type-array' });
      left -= 1;
    } else {
      out.push(scalar(rnd, name));
      left -= 1;
    }
  }
  return out;
}

function stream(rnd: Random, index: number, properties: number): Stream {
  const defNames = ['Address', 'Money', 'Audit'].slice(0, rnd.int(1, 3));
  const defs: Record<string, Field[]> = {};
  let used = 1;
  for (const d of defNames) {
    defs[d] = fields(rnd, `${d.toLowerCase()}_`, 8, 2, []);
    used += 8;
  }
  const body = fields(rnd, 'f', properties - used, 0, defNames);
  const key = rnd.chance(0.2) ? ['/id', '/updated_at'] : ['/id'];
  const top: Field[] = [{ name: 'id', kind: 'scalar', type: 'integer', nullable: 'no' }, ...body];
  if (key.length === 2) top.push({ name: 'updated_at', kind: 'scalar', type: 'string', format: 'date-time', nullable: 'no' });
  return {
    name: `stream_${String(index).padStart(4, '0')}`,
    key,
    syncMode: rnd.chance(0.6) ? 'incremental' : 'full_refresh',
    fields: top,
    defs,
  };
}

function typed(types: string[], nullable: Nullable, body: JsonObject): JsonObject {
  if (nullable === 'any-of') return { anyOf: [{ type: types.length === 1 ? types[0] : types, ...body }, { type: 'null' }] };
  const t = nullable === 'type-array' ? [...types, 'null'] : types;
  return { type: t.length === 1 ? t[0] : t, ...body };
}

function fieldSchema(f: Field): JsonObject {
  switch (f.kind) {
    case 'scalar':
      return typed([f.type], f.nullable, f.format ? { format: f.format } : {});
    case 'object':
      return typed(['object'], f.nullable, objectBody(f.fields));
    case 'array':
      return typed(['array'], f.nullable, { items: fieldSchema(f.item) });
    case 'ref':
      return f.nullable === 'any-of' ? { anyOf: [{ $ref: `#/$defs/${f.def}` }, { type: 'null' }] } : { $ref: `#/$defs/${f.def}` };
  }
}

function objectBody(fs: Field[]): JsonObject {
  const required = fs.filter((f) => f.kind === 'scalar' && f.nullable === 'no' && f.name.endsWith('0')).map((f) => f.name);
  return { properties: Object.fromEntries(fs.map((f) => [f.name, fieldSchema(f)])), ...(required.length ? { required } : {}) };
}

function documentSchema(s: Stream, side: 'baseline' | 'candidate'): JsonObject {
  const schema: JsonObject = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    type: 'object',
    $defs: Object.fromEntries(Object.entries(s.defs).map(([n, fs]) => [n, { type: 'object', ...objectBody(fs) }])),
    ...objectBody(s.fields),
  };
  schema.required = [...new Set([...s.key.map((k) => k.slice(1)), ...((schema.required as string[] | undefined) ?? [])])];
  if (side === 'candidate') {
    // The CDK adds a runtime /_meta/row_id to every document and lets Flow infer the read schema.
    (schema.properties as JsonObject)._meta = { type: 'object', properties: { row_id: { type: 'integer' } }, required: ['row_id'] };
    (schema.required as string[]).push('_meta');
    schema['x-infer-schema'] = true;
  }
  return schema;
}

/** A number from a text: document values depend on the field and the document, not on generation order. */
function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

function value(f: Field, defs: Record<string, Field[]>, at: string, n: number): unknown {
  const h = hash(`${at}#${n}`);
  if (f.nullable !== 'no' && h % 7 === 0) return null;
  switch (f.kind) {
    case 'scalar':
      if (f.type === 'integer') return h % 1_000_000;
      if (f.type === 'number') return (h % 100_000_000) / 100;
      if (f.type === 'boolean') return h % 2 === 0;
      if (f.format === 'date-time') return new Date(1_700_000_000_000 + (h % 1_000_000) * 60_000).toISOString();
      if (f.format === 'date') return '2024-05-01';
      if (f.format === 'email') return `user${h % 10_000}@example.com`;
      if (f.format === 'uri') return `https://example.com/${h % 10_000}`;
      return `${f.name}-${h % 10_000}`;
    case 'object':
      return doc(f.fields, defs, at, n);
    case 'array':
      return [value(f.item, defs, `${at}/0`, n), value(f.item, defs, `${at}/1`, n)];
    case 'ref':
      return doc(defs[f.def]!, defs, at, n);
  }
}

function doc(fs: Field[], defs: Record<string, Field[]>, at: string, n: number): JsonObject {
  return Object.fromEntries(fs.map((f) => [f.name, value(f, defs, `${at}/${f.name}`, n)]));
}

/** The candidate's version of a stream: the differences an import brings, at realistic rates. */
function mutate(rnd: Random, s: Stream): Stream {
  const change = (fs: Field[]): Field[] => {
    const out: Field[] = [];
    for (const f of fs) {
      if (f.name !== 'id' && rnd.chance(0.01)) continue; // removed
      let g: Field = f;
      if (f.kind === 'scalar' && f.name !== 'id') {
        if (f.nullable === 'no' && rnd.chance(0.05)) g = { ...f, nullable: 'any-of' };
        else if (f.nullable !== 'no' && rnd.chance(0.03)) g = { ...f, nullable: f.nullable === 'any-of' ? 'type-array' : 'any-of' };
        if (rnd.chance(0.01)) g = { ...g, type: f.type === 'integer' ? 'number' : f.type === 'number' ? 'string' : 'integer' } as Field;
      } else if (f.kind === 'object') {
        g = { ...f, fields: change(f.fields) };
      }
      out.push(g);
      if (rnd.chance(0.02)) out.push(scalar(rnd, `${f.name}_new`));
    }
    return out;
  };
  const key = rnd.chance(0.01) ? ['/_meta/row_id'] : s.key;
  return { ...s, key, fields: change(s.fields) };
}

function binding(s: Stream, side: 'baseline' | 'candidate'): Binding {
  const resourceConfig: JsonObject = { stream: s.name, syncMode: s.syncMode };
  if (s.syncMode === 'incremental' || side === 'baseline')
    resourceConfig.cursorField = s.syncMode === 'incremental' ? ['updated_at'] : null;
  return { recommendedName: s.name, resourceConfig, documentSchema: documentSchema(s, side), key: s.key };
}

function spec(side: 'baseline' | 'candidate'): SpecResponse {
  const props: JsonObject = {
    credentials: { type: 'object', properties: { api_key: { type: 'string', secret: true, airbyte_secret: true } }, required: ['api_key'] },
    start_date: { type: 'string', format: 'date-time', title: 'Start date' },
    region: { type: 'string', enum: ['us', 'eu'] },
  };
  return {
    protocol: 3032023,
    documentationUrl: 'https://example.com/source-synthetic',
    configSchema: { type: 'object', properties: props, required: side === 'baseline' ? ['credentials', 'start_date'] : ['credentials'] },
    resourceConfigSchema: {
      type: 'object',
      properties: {
        stream: { type: 'string' },
        syncMode: { type: 'string', enum: ['incremental', 'full_refresh'] },
        cursorField: { type: side === 'baseline' ? ['array', 'null'] : 'array', items: { type: 'string' } },
      },
      required: ['stream', 'syncMode'],
    },
    resourcePathPointers: ['/stream'],
  };
}

export interface WrittenCatalog {
  baselineDir: string;
  candidateDir: string;
  bytes: number;
}

/** Writes `<dir>/baseline` and `<dir>/candidate` in our snapshot layout. */
export function writeCatalog(dir: string, shape: CatalogShape): WrittenCatalog {
  const rnd = new Random(shape.seed);
  const streams = Array.from({ length: shape.bindings }, (_, i) => stream(rnd, i, shape.properties));
  // About 1% of bindings disappear and 2% are new in the candidate.
  const kept = streams.filter(() => !rnd.chance(0.01));
  const added = Array.from({ length: Math.ceil(shape.bindings * 0.02) }, (_, i) => stream(rnd, shape.bindings + i, shape.properties));
  const sides = { baseline: streams, candidate: [...kept.map((s) => mutate(rnd, s)), ...added] };
  let bytes = 0;
  for (const [side, list] of Object.entries(sides) as ['baseline' | 'candidate', Stream[]][]) {
    const out = path.join(dir, side);
    fs.mkdirSync(out, { recursive: true });
    const docs: CapturedDoc[] = [];
    for (const s of list) {
      for (let n = 0; n < shape.docsPerBinding; n++) {
        const d = doc(s.fields, s.defs, s.name, n);
        d.id = n;
        if (side === 'candidate') d._meta = { row_id: n };
        docs.push([`acmeCo/${s.name}`, d]);
      }
    }
    const files: [string, unknown][] = [
      ['spec.json', [spec(side)]],
      ['discover.json', list.map((s) => binding(s, side))],
    ];
    if (shape.docsPerBinding > 0) files.push(['capture.json', docs]);
    for (const [name, content] of files) {
      const text = snapshotText(content);
      fs.writeFileSync(path.join(out, name), text);
      bytes += text.length;
    }
  }
  return { baselineDir: path.join(dir, 'baseline'), candidateDir: path.join(dir, 'candidate'), bytes };
}
