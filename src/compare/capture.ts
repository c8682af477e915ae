import { plural } from '../model/text.js';
import { canonicalJson, jsonEqual } from '../model/canonical.js';
import { collectionKeyText, combineByKey, isJsonObject, jsonTypeOf as jsonType, REDACTED } from '../model/json.js';
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
  /**
   * Whether baseline documents left without a candidate partner are reported (default true); off
   * when the documents are samples of bigger captures, which count documents themselves.
   */
  unmatched?: boolean;
}

/** A collection the baseline captured documents for and the candidate none. */
export const collectionMissing = (collection: string, documents: number): Finding =>
  makeFinding({
    rule: 'capture.collection.missing',
    stage: 'capture',
    binding: collection,
    message: `${collection}: the baseline captured ${plural(documents, 'document')}, the candidate none`,
  });

/** A collection only the candidate captured documents for. */
export const collectionAdded = (collection: string, documents: number): Finding =>
  makeFinding({
    rule: 'capture.collection.added',
    stage: 'capture',
    binding: collection,
    message: `${collection}: ${plural(documents, 'document')} captured by the candidate only`,
  });

/** Leaf fields of a document by pointer; arrays are compared as whole values. */
function leaves(doc: unknown, base = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (isJsonObject(doc)) {
    for (const [k, v] of Object.entries(doc)) {
      const p = joinPointer(base, k);
      if (isJsonObject(v) && Object.keys(v).length > 0) leaves(v, p, out);
      else out.set(p, v);
    }
  }
  return out;
}

const keyOf = (collection: string, bindings: Binding[] | undefined): string[] | undefined => bindingOf(collection, bindings)?.key;

/** Each collection's documents, combined by the side's collection key as Flow publishes them. */
function groupByCollection(side: CaptureSide): Map<string, JsonObject[]> {
  const map = new Map<string, JsonObject[]>();
  for (const [c, d] of side.docs) {
    const list = map.get(c);
    if (list) list.push(d);
    else map.set(c, [d]);
  }
  for (const [c, list] of map) map.set(c, combineByKey(list, keyOf(c, side.bindings)));
  return map;
}

interface Matched {
  pairs: [JsonObject, JsonObject][];
  /** Baseline documents with no candidate partner. */
  unmatched: JsonObject[];
  /** The key that paired them, when one did. */
  key?: string[];
}

/**
 * Pairs documents of one collection: by the baseline's key, else by the candidate's (one of them
 * may be a runtime key like /_meta/row_id that the other side lacks), else by position.
 */
function matchDocs(before: JsonObject[], after: JsonObject[], keys: (string[] | undefined)[]): Matched {
  for (const key of keys) {
    if (!key || key.length === 0) continue;
    // Documents that share a key (one whose values a snapshot redacted), or that lack it, are paired in their order.
    const textOf = (d: JsonObject) => {
      const parts = key.map((p) => getAt(d, p));
      return parts.some((v) => v === undefined) ? '\u0000no key' : canonicalJson(parts);
    };
    const keyed = new Map<string, JsonObject[]>();
    for (const d of after) {
      const k = textOf(d);
      const list = keyed.get(k);
      if (list) list.push(d);
      else keyed.set(k, [d]);
    }
    const pairs: [JsonObject, JsonObject][] = [];
    const unmatched: JsonObject[] = [];
    for (const d of before) {
      const match = keyed.get(textOf(d))?.shift();
      if (match) pairs.push([d, match]);
      else unmatched.push(d);
    }
    if (pairs.length > 0) return { pairs, unmatched, key };
  }
  const n = Math.min(before.length, after.length);
  return { pairs: before.slice(0, n).map((d, i) => [d, after[i]!]), unmatched: before.slice(n) };
}

/**
 * Baseline documents the candidate has no partner for. estuary's `compare_capture_records` fails a
 * capture whose record count differs; here fewer candidate documents is `capture.document.missing`
 * (warning), and as many documents but other ones (a different sample) `capture.document.unmatched` (info).
 */
function unmatchedFinding(collection: string, m: Matched, counts: { before: number; after: number }): Finding | undefined {
  if (m.unmatched.length === 0) return undefined;
  const fewer = counts.after < counts.before;
  const example = m.key ? collectionKeyText(m.unmatched[0]!, m.key) : undefined;
  const which = m.key ? `no candidate document with the same key ${m.key.join(', ')}` : 'no candidate document at their place';
  return makeFinding({
    rule: fewer ? 'capture.document.missing' : 'capture.document.unmatched',
    stage: 'capture',
    binding: collection,
    message:
      `${collection}: ${m.unmatched.length} of ${counts.before} baseline documents have ${which}` +
      `${example ? ` (e.g. ${example})` : ''}; the candidate captured ${counts.after}` +
      (fewer ? '' : ': the captures hold different documents, and only the paired ones are compared'),
  });
}

/** Whether the document holds the redaction placeholder at a field above `pointer` (a snapshot redacted the whole object). */
function redactedAbove(doc: JsonObject, pointer: string): boolean {
  for (let i = pointer.lastIndexOf('/'); i > 0; i = pointer.lastIndexOf('/', i - 1)) {
    if (getAt(doc, pointer.slice(0, i)) === REDACTED) return true;
  }
  return false;
}

/** Whether the redaction placeholder is anywhere in the value: only then can a field sit below a redacted one. */
function holdsRedacted(v: unknown): boolean {
  if (v === REDACTED) return true;
  if (v === null || typeof v !== 'object') return false;
  if (Array.isArray(v)) return v.some(holdsRedacted);
  for (const k in v) if (holdsRedacted((v as JsonObject)[k])) return true;
  return false;
}

/** redactedAbove for one document, which is searched for the placeholder once, when first asked: most hold none. */
function redactedAboveIn(doc: JsonObject): (pointer: string) => boolean {
  let holds: boolean | undefined;
  return (pointer) => (holds ??= holdsRedacted(doc)) && redactedAbove(doc, pointer);
}

interface Tally {
  rule: RuleId;
  pointer: string;
  count: number;
  before?: unknown;
  after?: unknown;
  /** The key of the first document it was seen in: the evidence a reviewer can look up. */
  example?: string;
  message: (count: number, total: number) => string;
}

/** Differences of one collection's matched documents, one finding per field and cause. */
function compareCollection(collection: string, { pairs, key }: Matched, opts: CaptureOptions): Finding[] {
  const tallies = new Map<string, Tally>();
  let example: string | undefined;
  const tally = (t: Omit<Tally, 'count'>): void => {
    const id = `${t.rule} ${t.pointer}`;
    const existing = tallies.get(id);
    if (existing) existing.count++;
    else tallies.set(id, { ...t, count: 1, example });
  };
  const isMeta = (p: string) => p === '/_meta' || p.startsWith('/_meta/');
  const redacted = (p: string) => opts.redact.some((g) => pointerMatches(g, p));
  for (const [bd, ad] of pairs) {
    example = collectionKeyText(bd, key);
    const b = leaves(bd);
    const a = leaves(ad);
    const [aboveInA, aboveInB] = [redactedAboveIn(ad), redactedAboveIn(bd)];
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
      } else if (aboveInA(p)) {
        // The candidate's snapshot redacts a field that holds this one: nothing to compare.
      } else if (!a.has(p) && getAt(ad, p) === undefined) {
        tally({
          rule: 'capture.field.removed',
          pointer: p,
          before: bv,
          message: (n, t) => `field ${p} is missing from ${n} of ${t} matched documents`,
        });
      } else if (bv === REDACTED || av === REDACTED || (isJsonObject(bv) && isJsonObject(getAt(ad, p)))) {
        // A redacted value is not compared; an empty object is compared by the fields the other one adds.
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
      if (b.has(p) || redacted(p) || aboveInB(p) || isJsonObject(getAt(bd, p))) continue;
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
      makeFinding({
        rule: t.rule,
        stage: 'capture',
        binding: collection,
        pointer: t.pointer,
        message: `${t.message(t.count, pairs.length)}${t.example ? `, e.g. the document with key ${t.example}` : ''}`,
      }),
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
  const b = groupByCollection(before);
  const a = groupByCollection(after);
  for (const [collection, docs] of b) {
    const other = a.get(collection);
    if (!other) {
      findings.push(collectionMissing(collection, docs.length));
      continue;
    }
    const matched = matchDocs(docs, other, [keyOf(collection, before.bindings), keyOf(collection, after.bindings)]);
    findings.push(...compareCollection(collection, matched, opts));
    const lost = opts.unmatched === false ? undefined : unmatchedFinding(collection, matched, { before: docs.length, after: other.length });
    if (lost) findings.push(lost);
  }
  const redacted = (doc: JsonObject, p: string) => getAt(doc, p) === REDACTED || opts.redact.some((g) => pointerMatches(g, p));
  for (const [collection, docs] of a) {
    // Candidate documents against the candidate's own schema, then the baseline's.
    for (const [rule, side] of [
      ['capture.schema.violation', after],
      ['capture.schema.baseline-violation', before],
    ] as const) {
      const schema = bindingOf(collection, side.bindings)?.documentSchema;
      findings.push(...schemaViolations(rule, collection, docs, schema, keyOf(collection, after.bindings), redacted));
    }
    if (!b.has(collection)) findings.push(collectionAdded(collection, docs.length));
  }
  return findings;
}
