import { isJsonObject as isObject, setOwn } from '../model/json.js';

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
      if (isObject(instance) && Object.hasOwn(instance, k)) setOwn(props, k, pruneFor(sub, instance[k]));
      else if (namesMatter) setOwn(props, k, true);
    }
    out.properties = props;
  }
  for (const k of ['anyOf', 'oneOf', 'allOf'] as const)
    if (Array.isArray(schema[k])) out[k] = (schema[k] as unknown[]).map((s) => pruneFor(s, instance));
  for (const k of ['not', 'if', 'then', 'else'] as const) if (schema[k] !== undefined) out[k] = pruneFor(schema[k], instance);
  if (schema.items !== undefined && Array.isArray(instance) && instance.length === 0) out.items = true;
  return out;
}

/**
 * One object with every property any of the values has, at every level (arrays by their items,
 * other values as null): what pruneFor keeps for all of them, holding none of their strings.
 */
export function mergedShape(values: unknown[]): unknown {
  const objects = values.filter(isObject);
  const arrays = values.filter(Array.isArray);
  if (objects.length === 0) return arrays.length ? [mergedShape(arrays.flat())] : null;
  const keys = new Set(objects.flatMap((o) => Object.keys(o)));
  return Object.fromEntries([...keys].map((k) => [k, mergedShape(objects.map((o) => o[k]).filter((v) => v !== undefined))]));
}

/**
 * Whether the schema pruned for `shape` (a mergedShape) judges `value` as the whole schema does:
 * each object of the value has only properties the shape has there. (pruneFor keeps array items
 * whole unless the shape's array is empty, which a merged shape never is.)
 */
export function covers(shape: unknown, value: unknown): boolean {
  if (!isObject(value)) return true;
  if (!isObject(shape)) return false;
  for (const k in value) if (!Object.hasOwn(shape, k) || !covers(shape[k], value[k])) return false;
  return true;
}
