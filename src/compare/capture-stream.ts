import { plural } from '../model/text.js';
import type { RuleId } from '../model/rules.js';
import type { Binding, CapturedDoc, Finding } from '../model/types.js';
import { normalizeDoc } from '../normalize/index.js';
import { collectionAdded, collectionMissing, compareCapture, type CaptureOptions } from './capture.js';
import { bindingOf, CaptureProfile, type CollectionProfile, type ProfileOptions } from './capture-profile.js';
import { violationFinding } from './capture-schema.js';
import { makeFinding } from './finding.js';

/**
 * Capture comparison for captures too big to hold: both sides are profiled as they stream
 * (baseline first, so that candidate documents can be paired with the baseline's sample by key),
 * and the findings carry the rule ids of capture.ts. Fields removed, added or of a new type are
 * judged over every document; values over the paired sample; schema violations over every
 * candidate document, counted per collection and place.
 */

export interface StreamSide {
  docs: AsyncIterable<CapturedDoc> | Iterable<CapturedDoc>;
  bindings?: Binding[];
}

export type StreamOptions = CaptureOptions &
  Pick<ProfileOptions, 'sampleSize' | 'sampleBudget' | 'maxFields'> & {
    /** Told the collections each side's capture holds, once it is read (its documents are not kept). */
    onCollections?: (side: 'baseline' | 'candidate', collections: string[]) => void;
  };

const isMeta = (p: string) => p === '/_meta' || p.startsWith('/_meta/');
const typeNames = (types: Map<string, number>): string[] => [...types.keys()].sort();
/** capture.ts counts an integer that became a float as the same type. */
const newTypes = (before: Map<string, number>, after: Map<string, number>): string[] =>
  [...after.keys()].filter((t) => !before.has(t) && !(t === 'number' && before.has('integer'))).sort();

async function profile(side: StreamSide, opts: ProfileOptions): Promise<CaptureProfile> {
  const p = new CaptureProfile(opts);
  for await (const doc of side.docs) {
    const [collection, normalized] = normalizeDoc(doc);
    p.add(collection, normalized);
  }
  return p;
}

/** Field presence and types over every document of one collection on both sides. */
function fieldFindings(collection: string, b: CollectionProfile, a: CollectionProfile): Finding[] {
  const out: Finding[] = [];
  const f = (rule: RuleId, pointer: string, message: string, values?: { before: unknown; after: unknown }) =>
    // Fingerprints take the rule and place, as capture.ts's do: the values vary from run to run.
    out.push(Object.assign(makeFinding({ rule, stage: 'capture', binding: collection, pointer, message }), values ?? {}));
  for (const [pointer, bf] of b.fields) {
    if (isMeta(pointer)) continue;
    const af = a.fields.get(pointer);
    if (!af) {
      if (!a.truncated)
        f(
          'capture.field.removed',
          pointer,
          `field ${pointer} is in ${bf.count} of ${b.documents} baseline documents and in none of the candidate's ${a.documents}`,
        );
      continue;
    }
    const gained = newTypes(bf.types, af.types);
    if (gained.length) {
      const n = gained.reduce((sum, t) => sum + af.types.get(t)!, 0);
      f(
        'capture.value.type-changed',
        pointer,
        `field ${pointer} is ${gained.join(' or ')} in ${n} of ${a.documents} candidate documents, never in the baseline's (${typeNames(bf.types).join(', ')})`,
        {
          before: typeNames(bf.types),
          after: typeNames(af.types),
        },
      );
    }
  }
  for (const [pointer, af] of a.fields) {
    if (isMeta(pointer) || b.fields.has(pointer) || b.truncated) continue;
    f(
      'capture.field.added',
      pointer,
      `field ${pointer} is in ${af.count} of ${a.documents} candidate documents and in none of the baseline's ${b.documents}`,
    );
  }
  return out;
}

function violationFindings(collection: string, a: CollectionProfile, bindings?: Binding[]): Finding[] {
  const key = bindingOf(collection, bindings)?.key;
  return [...a.violations.values()].map((v) => violationFinding(collection, v, a.documents, key));
}

/**
 * Value differences of the paired sample (capture.ts's own comparison); bindings are passed with
 * their keys only, so that the sample is not validated a second time.
 */
function sampleFindings(
  collection: string,
  b: CollectionProfile,
  a: CollectionProfile,
  before: StreamSide,
  after: StreamSide,
  opts: CaptureOptions,
): Finding[] {
  const [bd, ad] = a.pairs.length > 0 ? [a.pairs.map((p) => p[0]), a.pairs.map((p) => p[1])] : [b.sample, a.sample];
  const keysOnly = (bindings?: Binding[]) =>
    bindings?.map((x) => ({ recommendedName: x.recommendedName, key: x.key, resourceConfig: {}, documentSchema: true }));
  return compareCapture(
    { docs: bd.map((d) => [collection, d]), bindings: keysOnly(before.bindings) },
    { docs: ad.map((d) => [collection, d]), bindings: keysOnly(after.bindings) },
    { ...opts, unmatched: false },
  );
}

/** Capture differences of two streamed captures, each read once. */
export async function compareCaptureStreams(before: StreamSide, after: StreamSide, opts: StreamOptions): Promise<Finding[]> {
  const common = { redact: opts.redact, sampleSize: opts.sampleSize, sampleBudget: opts.sampleBudget, maxFields: opts.maxFields };
  const b = await profile(before, { ...common, bindings: before.bindings });
  const a = await profile(after, {
    ...common,
    bindings: after.bindings,
    matchWith: b,
    schemas: [
      { rule: 'capture.schema.violation', bindings: after.bindings },
      { rule: 'capture.schema.baseline-violation', bindings: before.bindings },
    ],
  });
  opts.onCollections?.('baseline', [...b.collections.keys()]);
  opts.onCollections?.('candidate', [...a.collections.keys()]);
  const findings: Finding[] = [];
  for (const [collection, bc] of b.collections) {
    const ac = a.collections.get(collection);
    if (!ac) {
      findings.push(collectionMissing(collection, bc.documents));
      continue;
    }
    // Whole-capture findings first; the sample adds what only values show (changed values, /_meta).
    const whole = fieldFindings(collection, bc, ac);
    if (ac.documents < bc.documents) {
      // As capture.ts judges fewer candidate documents (estuary's compare_capture_records fails on a count).
      whole.push(
        makeFinding({
          rule: 'capture.document.missing',
          stage: 'capture',
          binding: collection,
          message: `${collection}: the baseline captured ${plural(bc.documents, 'document')}, the candidate ${ac.documents}`,
        }),
      );
    }
    const ids = new Set(whole.map((x) => x.id));
    findings.push(...whole, ...sampleFindings(collection, bc, ac, before, after, opts).filter((x) => !ids.has(x.id)));
  }
  for (const [collection, ac] of a.collections) {
    findings.push(...violationFindings(collection, ac, after.bindings));
    if (!b.collections.has(collection)) findings.push(collectionAdded(collection, ac.documents));
  }
  return findings;
}
