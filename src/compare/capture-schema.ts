import type { RuleId } from '../model/rules.js';
import type { Finding, JsonObject } from '../model/types.js';
import { validator } from '../schema/validate.js';
import { makeFinding } from './finding.js';

/** `/items/3/id` -> `/items/*\/id`: one finding per place, not per document. */
const place = (instancePath: string): string => instancePath.replace(/\/\d+(?=\/|$)/g, '/*');

/**
 * Candidate documents validated with ajv against a discovered schema: one finding per collection,
 * place and complaint, with how many documents it concerns and the first such document's place.
 */
export function schemaViolations(rule: RuleId, collection: string, docs: JsonObject[], schema: unknown, whose: string, redacted: (doc: JsonObject, path: string) => boolean): Finding[] {
  if (schema === undefined) return [];
  const v = validator(schema);
  if (!v.ok) return [];
  const byPlace = new Map<string, { message: string; count: number }>();
  for (const doc of docs) {
    if (v.validate(doc)) continue;
    const complaints = v.errors(doc).map((text) => {
      const space = text.indexOf(' ');
      const path = text.slice(0, space);
      return { path: path === '/' ? '' : path, message: text.slice(space + 1) };
    });
    // A redacted value stands for whatever the connector sent; the schema cannot be judged there.
    for (const e of new Set(complaints.filter((c) => !redacted(doc, c.path)).map((c) => `${place(c.path)}\u0000${c.message}`))) {
      const hit = byPlace.get(e);
      if (hit) hit.count++;
      else byPlace.set(e, { message: e.split('\u0000')[1], count: 1 });
    }
  }
  return [...byPlace.entries()].map(([key, { message, count }]) => {
    const pointer = key.split('\u0000')[0];
    return makeFinding({ rule, stage: 'capture', binding: collection, pointer, after: message, message: `${count} of ${docs.length} candidate documents are invalid under the ${whose} schema at ${pointer || '/'}: ${message}` });
  });
}
