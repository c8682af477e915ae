import { isJsonObject as isObject } from '../model/json.js';

/**
 * The schema with the subschemas of properties the instance lacks replaced by `true`. Validation
 * of that instance gives the same answer (the names stay where additionalProperties reads them),
 * and the compiled validator stays small: a 300-field schema costs one small compile
 * per witness instead of a large one per binding.
 */
export function pruneFor(schema: unknown, instance: unknown): unknown {
  if (!isObject(schema)) return schema;
  const out: Record<string, unknown> = { ...schema };
  if (isObject(schema.properties)) {
    // The names of absent properties matter only to keywords that look at the other properties.
    const namesMatter = ['additionalProperties', 'patternProperties', 'unevaluatedProperties'].some((k) => k in schema);
    const props: Record<string, unknown> = {};
    for (const [k, sub] of Object.entries(schema.properties)) {
      if (isObject(instance) && k in instance) props[k] = pruneFor(sub, instance[k]);
      else if (namesMatter) props[k] = true;
    }
    out.properties = props;
  }
  for (const k of ['anyOf', 'oneOf', 'allOf'] as const)
    if (Array.isArray(schema[k])) out[k] = (schema[k] as unknown[]).map((s) => pruneFor(s, instance));
  for (const k of ['not', 'if', 'then', 'else'] as const) if (schema[k] !== undefined) out[k] = pruneFor(schema[k], instance);
  if (schema.items !== undefined && Array.isArray(instance) && instance.length === 0) out.items = true;
  return out;
}
