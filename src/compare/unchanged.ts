import { jsonEqual } from '../model/canonical.js';
import { joinPointer } from '../model/pointer.js';

type SchemaObject = Record<string, unknown>;

const isObject = (v: unknown): v is SchemaObject => v !== null && typeof v === 'object' && !Array.isArray(v);
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
 * Document paths whose schemas are written the same on both sides, equally required, declared in
 * one place on each side, with the same definitions for their $refs: nothing at or below them can
 * differ, so the field walk leaves them out. In a wide schema they are most of the work, and an
 * object with one changed field still has its unchanged fields skipped.
 */
export function unchangedPaths(before: unknown, after: unknown): Set<string> {
  const same = new Set<string>();
  if (!isObject(before) || !isObject(after)) return same;
  if (!jsonEqual(before.$defs, after.$defs) || !jsonEqual(before.definitions, after.definitions)) return same;
  // Alternatives at the top may declare the same names differently: walk everything then.
  if (!plain(before) || !plain(after)) return same;
  const pair = (b: SchemaObject, a: SchemaObject, path: string): void => {
    const [pb, pa] = [b.properties as SchemaObject, a.properties as SchemaObject];
    const [rb, ra] = [requiredOf(b), requiredOf(a)];
    for (const name of Object.keys(pb)) {
      // A property named `*` would share its path with the items of an array: walk it.
      if (name === '*' || !Object.prototype.hasOwnProperty.call(pa, name)) continue;
      const [sb, sa] = [pb[name], pa[name]];
      const at = joinPointer(path, name);
      if (rb.has(name) === ra.has(name) && jsonEqual(sb, sa)) {
        same.add(at);
        continue;
      }
      const [cb, ca] = [soleContainer(sb), soleContainer(sa)];
      if (cb && ca) pair(cb, ca, at);
    }
  };
  if (isObject(before.properties) && isObject(after.properties)) pair(before, after, '');
  return same;
}
