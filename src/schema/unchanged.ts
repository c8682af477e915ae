import { jsonEqual } from '../model/canonical.js';
import { isJsonObject as isObject } from '../model/json.js';
import type { JsonObject as SchemaObject } from '../model/types.js';

/**
 * Which properties of an object schema the field walk must read: the names to walk (a name not
 * listed is written the same on the other side and left out), each with the plan for its own
 * properties when that field is paired too (null: walk all of it).
 */
export interface WalkPlan {
  walk: Map<string, WalkPlan | null>;
}

const COMBINING = ['$ref', 'anyOf', 'oneOf', 'allOf'];
const plain = (s: SchemaObject): boolean => !COMBINING.some((k) => k in s);

/**
 * The one schema object that declares a field's properties, when there is exactly one and it is
 * reached without $ref: a plain object schema, or the one object branch of an anyOf/oneOf whose
 * other branches declare no properties (the shape of a nullable object). Else undefined.
 */
function soleContainer(schema: unknown): SchemaObject | undefined {
  if (!isObject(schema)) return undefined;
  if (plain(schema)) return isObject(schema.properties) ? schema : undefined;
  if ('$ref' in schema || 'allOf' in schema || 'properties' in schema || ('anyOf' in schema && 'oneOf' in schema)) return undefined;
  const alternatives = (schema.anyOf ?? schema.oneOf) as unknown;
  if (!Array.isArray(alternatives) || !alternatives.every((a) => isObject(a) && plain(a))) return undefined;
  const withProperties = (alternatives as SchemaObject[]).filter((a) => 'properties' in a);
  return withProperties.length === 1 && isObject(withProperties[0]!.properties) ? withProperties[0] : undefined;
}

const requiredOf = (s: SchemaObject): Set<string> => new Set(Array.isArray(s.required) ? (s.required as string[]) : []);

/**
 * The field walk's plans for both sides: properties written the same on both sides, equally
 * required, declared in one place on each side, with the same definitions for their $refs, are
 * left out, since nothing at or below them can differ. In a wide schema they are most of the
 * work, and an object with one changed field still has its unchanged fields left out.
 * Undefined when the schemas do not pair (walk everything).
 */
export function walkPlans(before: unknown, after: unknown): { before: WalkPlan; after: WalkPlan } | undefined {
  if (!isObject(before) || !isObject(after)) return undefined;
  if (!jsonEqual(before.$defs, after.$defs) || !jsonEqual(before.definitions, after.definitions)) return undefined;
  // Alternatives at the top may declare the same names differently: walk everything then.
  if (!plain(before) || !plain(after) || !isObject(before.properties) || !isObject(after.properties)) return undefined;
  const pair = (b: SchemaObject, a: SchemaObject): { before: WalkPlan; after: WalkPlan } => {
    const [pb, pa] = [b.properties as SchemaObject, a.properties as SchemaObject];
    const [rb, ra] = [requiredOf(b), requiredOf(a)];
    const plans = { before: { walk: new Map() }, after: { walk: new Map() } } as { before: WalkPlan; after: WalkPlan };
    for (const name of Object.keys(pb)) {
      if (!Object.hasOwn(pa, name)) {
        plans.before.walk.set(name, null);
        continue;
      }
      const [sb, sa] = [pb[name], pa[name]];
      // A property named `*` would share its path with the items of an array: walk it on both sides.
      if (name === '*') {
        plans.before.walk.set(name, null);
        plans.after.walk.set(name, null);
        continue;
      }
      if (rb.has(name) === ra.has(name) && jsonEqual(sb, sa)) continue;
      const [cb, ca] = [soleContainer(sb), soleContainer(sa)];
      const inner = cb && ca ? pair(cb, ca) : undefined;
      plans.before.walk.set(name, inner?.before ?? null);
      plans.after.walk.set(name, inner?.after ?? null);
    }
    for (const name of Object.keys(pa)) if (!Object.hasOwn(pb, name)) plans.after.walk.set(name, null);
    return plans;
  };
  return pair(before, after);
}
