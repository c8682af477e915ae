import { collectionKeyText, isJsonObject } from '../model/json.js';
import type { RuleId } from '../model/rules.js';
import type { Finding, JsonObject } from '../model/types.js';
import { makeFinding } from './finding.js';
import { documentCheck, pruneFor } from '../schema/index.js';

/** `/items/3/id` -> `/items/*\/id`: one finding per place, not per document. */
const place = (instancePath: string): string => instancePath.replace(/\/\d+(?=\/|$)/g, '/*');

/** One object with every property any of the documents has, at every level (arrays by their items). */
function mergedShape(docs: unknown[]): unknown {
  const objects = docs.filter(isJsonObject);
  const arrays = docs.filter(Array.isArray);
  if (objects.length === 0) return arrays.length ? [mergedShape(arrays.flat())] : docs[0];
  const keys = new Set(objects.flatMap((o) => Object.keys(o)));
  return Object.fromEntries([...keys].map((k) => [k, mergedShape(objects.map((o) => o[k]).filter((v) => v !== undefined))]));
}

/** Candidate documents one discovered schema rejects at one place for one reason, with the first of them. */
export interface Violation {
  rule: RuleId;
  pointer: string;
  message: string;
  count: number;
  /** The first document rejected there, shown as the finding's example. */
  example?: JsonObject;
}

/** The finding of a violation: how many of `total` documents, where, why, and the first such document by its collection key. */
export function violationFinding(collection: string, v: Violation, total: number, key?: readonly string[]): Finding {
  const whose = v.rule === 'capture.schema.violation' ? "candidate's own discovered" : "baseline's discovered";
  const keyText = v.example ? collectionKeyText(v.example, key) : undefined;
  return makeFinding({
    rule: v.rule,
    stage: 'capture',
    binding: collection,
    pointer: v.pointer,
    after: v.message,
    ...(v.example ? { witness: v.example } : {}),
    message:
      `${v.count} of ${total} candidate documents are invalid under the ${whose} schema at ${v.pointer || '/'}: ${v.message}` +
      (keyText ? `; the first is the document with key ${keyText}` : ''),
  });
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
  key: readonly string[] | undefined,
  redacted: (doc: JsonObject, path: string) => boolean,
): Finding[] {
  if (schema === undefined || docs.length === 0) return [];
  // Valid documents are read by the engine's interpreter; ajv explains a rejection, and compiles
  // the schema pruned to the properties some document has (same answers, less to compile) only
  // for a collection of many documents.
  const check = documentCheck(schema, () => pruneFor(schema, mergedShape(docs)));
  const byPlace = new Map<string, Violation>();
  for (const doc of docs) {
    const complaints = check.problems(doc);
    // A redacted value stands for whatever the connector sent; the schema cannot be judged there.
    for (const e of new Set(complaints.filter((c) => !redacted(doc, c.pointer)).map((c) => `${place(c.pointer)}\u0000${c.message}`))) {
      const hit = byPlace.get(e);
      if (hit) hit.count++;
      else {
        const [pointer, message] = e.split('\u0000') as [string, string];
        byPlace.set(e, { rule, pointer, message, count: 1, example: doc });
      }
    }
  }
  return [...byPlace.values()].map((v) => violationFinding(collection, v, docs.length, key));
}
