import { plural } from '../model/text.js';
import { jsonEqual } from '../model/canonical.js';
import { collectionKeyText, isJsonObject, jsonTypeOf as jsonType, REDACTED } from '../model/json.js';
import { escapeToken, getAt, pointerMatches } from '../model/pointer.js';
import type { Finding, JsonObject } from '../model/types.js';
import type { FieldDifference } from './capture-tally.js';
import { makeFinding } from './finding.js';

export interface CaptureOptions {
  /** Pointer globs whose values are not compared (volatile fields). */
  redact: readonly string[];
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

/** A non-empty object: the values capture.ts walks into (arrays and empty objects are compared whole). */
function nonEmpty(v: unknown): v is JsonObject {
  if (!isJsonObject(v)) return false;
  for (const _ in v) return true;
  return false;
}

/** The pointer of a field `key` of the object at `base`. */
const pointerOf = (base: string, key: string) => `${base}/${escapeToken(key)}`;

/**
 * Each leaf field of a document (objects are walked; arrays and empty objects are values), in
 * document order, with the other document's leaf at the same place when it has one there: the two
 * are walked together, so no pointer map of either is built. A leaf is told by its object's
 * pointer and its key: most are equal, and need no pointer of their own.
 */
function eachLeaf(
  doc: JsonObject,
  other: JsonObject | undefined,
  base: string,
  visit: (base: string, key: string, value: unknown, otherHas: boolean, otherValue: unknown) => void,
): void {
  for (const k in doc) {
    const v = doc[k];
    const o = other !== undefined && Object.hasOwn(other, k) ? other[k] : undefined;
    if (nonEmpty(v)) eachLeaf(v, nonEmpty(o) ? o : undefined, pointerOf(base, k), visit);
    else visit(base, k, v, o !== undefined && !nonEmpty(o), o);
  }
}

/**
 * Baseline documents the candidate has no partner for. estuary's `compare_capture_records` fails a
 * capture whose record count differs; here fewer candidate documents is `capture.document.missing`
 * (warning), and as many documents but other ones (a different sample) `capture.document.unmatched` (info).
 */
export function unmatchedFinding(
  collection: string,
  m: { unmatched: { count: number; first: JsonObject | undefined }; key?: string[] },
  counts: { baseline: number; candidate: number },
): Finding | undefined {
  if (m.unmatched.count === 0) return undefined;
  const fewer = counts.candidate < counts.baseline;
  const example = m.key && m.unmatched.first ? collectionKeyText(m.unmatched.first, m.key) : undefined;
  const which = m.key ? `no candidate document with the same key ${m.key.join(', ')}` : 'no candidate document at their place';
  return makeFinding({
    rule: fewer ? 'capture.document.missing' : 'capture.document.unmatched',
    stage: 'capture',
    binding: collection,
    message:
      `${collection}: ${m.unmatched.count} of ${counts.baseline} baseline documents have ${which}` +
      `${example ? ` (e.g. ${example})` : ''}; the candidate captured ${counts.candidate}` +
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

/**
 * redactedAbove for one document, which is searched for the placeholder once, when first asked
 * of a field below the top: most hold none, and a top-level field has nothing above it.
 */
function redactedAboveIn(doc: JsonObject): (pointer: string) => boolean {
  let holds: boolean | undefined;
  return (pointer) => pointer.lastIndexOf('/') > 0 && (holds ??= holdsRedacted(doc)) && redactedAbove(doc, pointer);
}

/** Whether the field `key` of the object at `base` is runtime metadata (under /_meta). */
const isMeta = (base: string, key: string) => (base === '' ? key === '_meta' : base === '/_meta' || base.startsWith('/_meta/'));
const isRedacted = (opts: CaptureOptions, p: string) => opts.redact.length > 0 && opts.redact.some((g) => pointerMatches(g, p));

/** Differences of one pair of documents, field by field, in the order they are checked. */
export function comparePair(bd: JsonObject, ad: JsonObject, opts: CaptureOptions, add: (d: FieldDifference) => void): void {
  // Equal documents differ nowhere: most pairs of a faithful import end here, before any field is walked.
  if (jsonEqual(bd, ad)) return;
  const [aboveInA, aboveInB] = [redactedAboveIn(ad), redactedAboveIn(bd)];
  // A difference is not reported where the candidate's snapshot redacts a field that holds this one
  // (nothing to compare there): asked only of a difference, so that most documents are never searched.
  eachLeaf(bd, ad, '', (base, key, bv, aHas, aLeaf) => {
    // The same value on both sides differs in no way checked below: most leaves end here, without a pointer.
    if (aHas && bv === aLeaf) return;
    const p = pointerOf(base, key);
    if (isRedacted(opts, p)) return;
    const av = aHas ? aLeaf : undefined;
    if (isMeta(base, key)) {
      if (!jsonEqual(bv, av))
        add({
          rule: 'capture.meta.changed',
          pointer: p,
          before: bv,
          after: av,
          message: (n, t) => `runtime metadata ${p} differs in ${n} of ${t} matched documents`,
        });
    } else if (!aHas && getAt(ad, p) === undefined) {
      if (!aboveInA(p))
        add({
          rule: 'capture.field.removed',
          pointer: p,
          before: bv,
          message: (n, t) => `field ${p} is missing from ${n} of ${t} matched documents`,
        });
    } else if (bv === REDACTED || av === REDACTED || (isJsonObject(bv) && isJsonObject(aHas ? aLeaf : getAt(ad, p)))) {
      // A redacted value is not compared; an empty object is compared by the fields the other one adds.
    } else if (jsonType(bv) !== jsonType(av) && !(jsonType(bv) === 'integer' && jsonType(av) === 'number')) {
      if (!aboveInA(p))
        add({
          rule: 'capture.value.type-changed',
          pointer: p,
          before: bv,
          after: av,
          message: (n, t) => `field ${p} changed type from ${jsonType(bv)} to ${jsonType(av)} in ${n} of ${t} matched documents`,
        });
    } else if (!jsonEqual(bv, av) && !aboveInA(p)) {
      add({
        rule: 'capture.value.changed',
        pointer: p,
        before: bv,
        after: av,
        message: (n, t) => `field ${p} has a different value in ${n} of ${t} matched documents`,
      });
    }
  });
  eachLeaf(ad, bd, '', (base, key, av, bHas) => {
    if (bHas) return;
    const p = pointerOf(base, key);
    if (isRedacted(opts, p) || aboveInB(p) || isJsonObject(getAt(bd, p))) return;
    if (isMeta(base, key))
      add({
        rule: 'capture.meta.changed',
        pointer: p,
        after: av,
        message: (n, t) => `runtime metadata ${p} added in ${n} of ${t} matched documents`,
      });
    else
      add({
        rule: 'capture.field.added',
        pointer: p,
        after: av,
        message: (n, t) => `field ${p} added in ${n} of ${t} matched documents`,
      });
  });
}
