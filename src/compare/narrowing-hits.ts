import { makeFinding } from './finding.js';
import type { JsonObject } from '../model/types.js';
import { parsePointer } from '../model/pointer.js';
import type { Narrowing } from './schema-diff.js';
import type { Finding } from '../model/types.js';
import { isJsonObject as isObject } from '../model/json.js';
import { validator, localSchema } from '../schema/index.js';

/** The values at a field path (`*` = every array item) in one document, and whether its parent held it. */
function valuesAt(doc: unknown, path: string): { values: unknown[]; missingUnderParent: boolean } {
  let nodes: unknown[] = [doc];
  const tokens = parsePointer(path);
  let missingUnderParent = false;
  tokens.forEach((token, i) => {
    const next: unknown[] = [];
    for (const n of nodes) {
      if (token === '*' && Array.isArray(n)) next.push(...n);
      else if (isObject(n) && Object.hasOwn(n, token)) next.push(n[token]);
      else if (isObject(n) && i === tokens.length - 1) missingUnderParent = true;
    }
    nodes = next;
  });
  return { values: nodes, missingUnderParent };
}

/**
 * A proven narrowing of a document schema that none of the baseline's captured documents of that
 * collection runs into is a warning, not a break (design.md: "a narrowing that no actual config or
 * binding hits"). Needs at least one captured document; the witness stays on the finding.
 */
export function downgradeUnhit(narrowings: Narrowing[], candidateSchema: unknown, samples: readonly JsonObject[]): Map<Finding, Finding> {
  const replaced = new Map<Finding, Finding>();
  if (samples.length === 0 || narrowings.length === 0) return replaced;
  // Each narrowing carries the candidate's field as the schema walk read it: no second walk of a wide schema.
  for (const { finding, path, field } of narrowings) {
    if (finding.rule !== 'discover.schema.narrowed' && finding.rule !== 'discover.schema.nullability-removed') continue;
    if (!field) continue;
    const local = validator(localSchema(candidateSchema, field, true));
    if (!local.ok) continue;
    const hit = samples.some((doc) => {
      const { values, missingUnderParent } = valuesAt(doc, path);
      return values.some((v) => !local.validate(v)) || (missingUnderParent && field.required);
    });
    if (hit) continue;
    const { id: _id, severity: _s, rule: _r, ...rest } = finding;
    replaced.set(finding, {
      ...makeFinding({ ...rest, rule: 'discover.schema.narrowed-unused', stage: 'discover' }),
      ...(finding.witness !== undefined ? { witness: finding.witness } : {}),
      message: `${finding.message}; none of the ${samples.length} captured baseline documents is affected`,
    });
  }
  return replaced;
}
