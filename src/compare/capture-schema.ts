import { collectionKeyText } from '../model/json.js';
import type { RuleId } from '../model/rules.js';
import type { Finding, JsonObject } from '../model/types.js';
import { makeFinding } from './finding.js';

/** `/items/3/id` -> `/items/*\/id`: one finding per place, not per document. */
export const place = (instancePath: string): string => instancePath.replace(/\/\d+(?=\/|$)/g, '/*');

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
