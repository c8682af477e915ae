import { canonicalJson, jsonEqual } from '../model/canonical.js';
import { getAt, joinPointer, pointerMatches } from '../model/pointer.js';
import type { RuleId } from '../model/rules.js';
import type { Binding, CapturedDoc, Finding, JsonObject } from '../model/types.js';
import { bindingOf } from './capture-profile.js';
import { schemaViolations } from './capture-schema.js';
import { makeFinding } from './finding.js';

export interface CaptureSide {
  docs: CapturedDoc[];
  /** The side's discovered bindings, for each collection's key. */
  bindings?: Binding[];
}

export interface CaptureOptions {
  /** Pointer globs whose values are not compared (volatile fields). */
  redact: readonly string[];
}

/** The value estuary's snapshot tests put in place of volatile fields. */
const REDACTED = 'redacted';

const jsonType = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v);

/** Leaf fields of a document by pointer; arrays are compared as whole values. */
function leaves(doc: unknown, base = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (doc !== null && typeof doc === 'object' && !Array.isArray(doc)) {
    for (const [k, v] of Object.entries(doc)) {
      const p = joinPointer(base, k);
      if (v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 0) leaves(v, p, out);
      else out.set(p, v);
    }
  }
  return out;
}

const keyOf = (collection: string, bindings: Binding[] | undefined): string[] | undefined => bindingOf(collection, bindings)?.key;

function groupByCollection(docs: CapturedDoc[]): Map<string, JsonObject[]> {
  const map = new Map<string, JsonObject[]>();
  for (const [c, d] of docs) {
    const list = map.get(c);
    if (list) list.push(d);
    else map.set(c, [d]);
  }
  return map;
}

/**
 * Pairs documents of one collection: by the baseline's key, else by the candidate's (one of them
 * may be a runtime key like /_meta/row_id that the other side lacks), else by position.
 */
function matchDocs(before: JsonObject[], after: JsonObject[], keys: (string[] | undefined)[]): [JsonObject, JsonObject][] {
  for (const key of keys) {
    if (!key || key.length === 0) continue;
    const keyed = new Map(after.map((d) => [canonicalJson(key.map((p) => getAt(d, p))), d]));
    const pairs: [JsonObject, JsonObject][] = [];
    for (const d of before) {
      const k = key.map((p) => getAt(d, p));
      if (k.some((v) => v === undefined)) continue;
      const match = keyed.get(canonicalJson(k));
      if (match) pairs.push([d, match]);
    }
    if (pairs.length > 0) return pairs;
  }
  const n = Math.min(before.length, after.length);
  return before.slice(0, n).map((d, i) => [d, after[i]]);
}

interface Tally {
  rule: RuleId;
  pointer: string;
  count: number;
  before?: unknown;
  after?: unknown;
  message: (count: number, total: number) => string;
}

/** Differences of one collection's matched documents, one finding per field and cause. */
function compareCollection(collection: string, pairs: [JsonObject, JsonObject][], opts: CaptureOptions): Finding[] {
  const tallies = new Map<string, Tally>();
  const tally = (t: Omit<Tally, 'count'>): void => {
    const id = `${t.rule} ${t.pointer}`;
    const existing = tallies.get(id);
    if (existing) existing.count++;
    else tallies.set(id, { ...t, count: 1 });
  };
  const isMeta = (p: string) => p === '/_meta' || p.startsWith('/_meta/');
  const redacted = (p: string) => opts.redact.some((g) => pointerMatches(g, p));
  for (const [bd, ad] of pairs) {
    const b = leaves(bd);
    const a = leaves(ad);
    for (const [p, bv] of b) {
      if (redacted(p)) continue;
      const av = a.get(p);
      if (isMeta(p)) {
        if (!jsonEqual(bv, av))
          tally({
            rule: 'capture.meta.changed',
            pointer: p,
            before: bv,
            after: av,
            message: (n, t) => `runtime metadata ${p} differs in ${n} of ${t} matched documents`,
          });
      } else if (!a.has(p)) {
        tally({
          rule: 'capture.field.removed',
          pointer: p,
          before: bv,
          message: (n, t) => `field ${p} is missing from ${n} of ${t} matched documents`,
        });
      } else if (bv === REDACTED || av === REDACTED) {
      } else if (jsonType(bv) !== jsonType(av) && !(jsonType(bv) === 'integer' && jsonType(av) === 'number')) {
        tally({
          rule: 'capture.value.type-changed',
          pointer: p,
          before: bv,
          after: av,
          message: (n, t) => `field ${p} changed type from ${jsonType(bv)} to ${jsonType(av)} in ${n} of ${t} matched documents`,
        });
      } else if (!jsonEqual(bv, av)) {
        tally({
          rule: 'capture.value.changed',
          pointer: p,
          before: bv,
          after: av,
          message: (n, t) => `field ${p} has a different value in ${n} of ${t} matched documents`,
        });
      }
    }
    for (const [p, av] of a) {
      if (b.has(p) || redacted(p)) continue;
      if (isMeta(p))
        tally({
          rule: 'capture.meta.changed',
          pointer: p,
          after: av,
          message: (n, t) => `runtime metadata ${p} added in ${n} of ${t} matched documents`,
        });
      else
        tally({
          rule: 'capture.field.added',
          pointer: p,
          after: av,
          message: (n, t) => `field ${p} added in ${n} of ${t} matched documents`,
        });
    }
  }
  // Fingerprints take the rule and place, not example values: those vary from run to run.
  return [...tallies.values()].map((t) =>
    Object.assign(
      makeFinding({ rule: t.rule, stage: 'capture', binding: collection, pointer: t.pointer, message: t.message(t.count, pairs.length) }),
      {
        ...(t.before !== undefined ? { before: t.before } : {}),
        ...(t.after !== undefined ? { after: t.after } : {}),
      },
    ),
  );
}

/**
 * Capture differences: collections missing or added, field differences of matched documents, and
 * candidate documents that their own or the baseline's discovered schema rejects.
 */
export function compareCapture(before: CaptureSide, after: CaptureSide, opts: CaptureOptions): Finding[] {
  const findings: Finding[] = [];
  const b = groupByCollection(before.docs);
  const a = groupByCollection(after.docs);
  for (const [collection, docs] of b) {
    const other = a.get(collection);
    if (!other) {
      findings.push(
        makeFinding({
          rule: 'capture.collection.missing',
          stage: 'capture',
          binding: collection,
          message: `${collection}: the baseline captured ${docs.length} documents, the candidate none`,
        }),
      );
      continue;
    }
    const pairs = matchDocs(docs, other, [keyOf(collection, before.bindings), keyOf(collection, after.bindings)]);
    findings.push(...compareCollection(collection, pairs, opts));
  }
  const redacted = (doc: JsonObject, p: string) => getAt(doc, p) === REDACTED || opts.redact.some((g) => pointerMatches(g, p));
  for (const [collection, docs] of a) {
    findings.push(
      ...schemaViolations(
        'capture.schema.violation',
        collection,
        docs,
        bindingOf(collection, after.bindings)?.documentSchema,
        "candidate's own discovered",
        redacted,
      ),
      ...schemaViolations(
        'capture.schema.baseline-violation',
        collection,
        docs,
        bindingOf(collection, before.bindings)?.documentSchema,
        "baseline's discovered",
        redacted,
      ),
    );
    if (!b.has(collection))
      findings.push(
        makeFinding({
          rule: 'capture.collection.added',
          stage: 'capture',
          binding: collection,
          message: `${collection}: ${docs.length} documents captured by the candidate only`,
        }),
      );
  }
  return findings;
}
