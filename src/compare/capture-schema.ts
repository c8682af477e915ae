import type { RuleId } from '../model/rules.js';
import type { Finding, JsonObject } from '../model/types.js';
import { documentCheck } from '../schema/document-check.js';
import { makeFinding } from './finding.js';
import { pruneFor } from '../schema/prune.js';

/** `/items/3/id` -> `/items/*\/id`: one finding per place, not per document. */
const place = (instancePath: string): string => instancePath.replace(/\/\d+(?=\/|$)/g, '/*');

/** One object with every property any of the documents has, at every level (arrays by their items). */
function mergedShape(docs: unknown[]): unknown {
  const objects = docs.filter((d): d is Record<string, unknown> => d !== null && typeof d === 'object' && !Array.isArray(d));
  const arrays = docs.filter(Array.isArray);
  if (objects.length === 0) return arrays.length ? [mergedShape(arrays.flat())] : docs[0];
  const keys = new Set(objects.flatMap((o) => Object.keys(o)));
  return Object.fromEntries([...keys].map((k) => [k, mergedShape(objects.map((o) => o[k]).filter((v) => v !== undefined))]));
}

/**
 * Candidate documents validated against a discovered schema (ajv's verdict and messages): one finding per collection,
 * place and complaint, with how many documents it concerns and the first such document's place.
 */
export function schemaViolations(
  rule: RuleId,
  collection: string,
  docs: JsonObject[],
  schema: unknown,
  whose: string,
  redacted: (doc: JsonObject, path: string) => boolean,
): Finding[] {
  if (schema === undefined || docs.length === 0) return [];
  // Valid documents are read by the engine's interpreter; ajv explains a rejection, and compiles
  // the schema pruned to the properties some document has (same answers, less to compile) only
  // for a collection of many documents.
  const check = documentCheck(schema, () => pruneFor(schema, mergedShape(docs)));
  const byPlace = new Map<string, { message: string; count: number }>();
  for (const doc of docs) {
    const complaints = check.problems(doc);
    // A redacted value stands for whatever the connector sent; the schema cannot be judged there.
    for (const e of new Set(complaints.filter((c) => !redacted(doc, c.pointer)).map((c) => `${place(c.pointer)}\u0000${c.message}`))) {
      const hit = byPlace.get(e);
      if (hit) hit.count++;
      else byPlace.set(e, { message: e.split('\u0000')[1], count: 1 });
    }
  }
  return [...byPlace.entries()].map(([key, { message, count }]) => {
    const pointer = key.split('\u0000')[0];
    return makeFinding({
      rule,
      stage: 'capture',
      binding: collection,
      pointer,
      after: message,
      message: `${count} of ${docs.length} candidate documents are invalid under the ${whose} schema at ${pointer || '/'}: ${message}`,
    });
  });
}
