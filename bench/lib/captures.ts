/**
 * Two big captures of the same source, written to files without holding them: the baseline as a
 * snapshot array, the candidate as JSON lines (how `flowctl preview` prints), with the differences
 * an import brings: a field gone, a field new, a type changed in a few documents, a runtime
 * /_meta/row_id, and some documents the candidate's own schema rejects.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Binding, JsonObject } from '../../src/model/types.js';
import { Random } from './random.js';

export interface CaptureShape {
  /** Documents per side. */
  documents: number;
  seed: number;
  /** The candidate as JSON lines (default), or as a snapshot array like the baseline. */
  candidateLines?: boolean;
}

const COLLECTIONS = ['orders', 'customers', 'events', 'invoices'];

const props = {
  id: { type: 'integer' },
  status: { type: 'string', enum: ['new', 'paid', 'shipped', 'void'] },
  total: { type: 'number' },
  note: { type: ['string', 'null'] },
  created_at: { type: 'string', format: 'date-time' },
  customer: { type: 'object', properties: { name: { type: 'string' }, email: { type: 'string' }, tier: { type: 'integer' } } },
  lines: { type: 'array', items: { type: 'object', properties: { sku: { type: 'string' }, qty: { type: 'integer' } } } },
};

export function captureBindings(side: 'baseline' | 'candidate'): Binding[] {
  return COLLECTIONS.map((name) => {
    const properties: JsonObject = { ...props };
    if (side === 'candidate') {
      delete properties.note;
      properties.channel = { type: 'string' };
      properties._meta = { type: 'object', properties: { row_id: { type: 'integer' } } };
    }
    return {
      recommendedName: name,
      resourceConfig: { stream: name },
      documentSchema: { type: 'object', properties, required: ['id', 'status'] },
      key: ['/id'],
    };
  });
}

function document(rnd: Random, i: number, side: 'baseline' | 'candidate'): [string, JsonObject] {
  const collection = COLLECTIONS[i % COLLECTIONS.length]!;
  const total = Math.round(rnd.next() * 100_000) / 100;
  const doc: JsonObject = {
    id: i,
    status: rnd.pick(['new', 'paid', 'shipped', 'void']),
    // One document in 100,000 carries its total as a string on the candidate: a type change and a violation.
    total: side === 'candidate' && i % 100_000 === 7 ? String(total) : total,
    created_at: new Date(1_700_000_000_000 + i * 1000).toISOString(),
    customer: { name: `customer ${i % 5000}`, email: `c${i % 5000}@example.com`, tier: rnd.int(1, 3) },
    lines: Array.from({ length: rnd.int(1, 3) }, (_, k) => ({ sku: `sku-${(i + k) % 977}`, qty: rnd.int(1, 9) })),
  };
  if (side === 'baseline') doc.note = rnd.chance(0.3) ? null : `note ${i % 100}`;
  else {
    doc.channel = rnd.pick(['web', 'pos']);
    doc._meta = { row_id: i };
  }
  return [`acmeCo/${collection}`, doc];
}

/** Writes `<dir>/baseline.json` and `<dir>/candidate.jsonl`; returns their paths and sizes. */
export function writeCaptures(dir: string, shape: CaptureShape): { baseline: string; candidate: string; bytes: number } {
  fs.mkdirSync(dir, { recursive: true });
  const files = { baseline: path.join(dir, 'baseline.json'), candidate: path.join(dir, 'candidate.jsonl') };
  let bytes = 0;
  for (const side of ['baseline', 'candidate'] as const) {
    // The same seed on both sides: documents differ only where the import changed them.
    const rnd = new Random(shape.seed);
    const fd = fs.openSync(files[side], 'w');
    let batch: string[] = [];
    const flush = () => {
      const text = batch.join('');
      bytes += Buffer.byteLength(text);
      fs.writeSync(fd, text);
      batch = [];
    };
    const array = side === 'baseline' || shape.candidateLines === false;
    if (array) batch.push('[\n');
    for (let i = 0; i < shape.documents; i++) {
      const line = JSON.stringify(document(rnd, i, side));
      batch.push(array ? `${i ? ',\n' : ''}${line}` : `${line}\n`);
      if (batch.length >= 10_000) flush();
    }
    if (array) batch.push('\n]\n');
    flush();
    fs.closeSync(fd);
  }
  return { ...files, bytes };
}
