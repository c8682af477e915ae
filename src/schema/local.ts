import { isSubset, type SubsetAnswer } from './subset.js';
import { canonicalText } from './validate.js';
import { resolveRef, type FieldInfo } from './fields.js';
import { isJsonObject as isObject } from '../model/json.js';

/** Keywords that bound a value: sizes, ranges, multiples, uniqueness. */
export const BOUNDS = [
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minProperties',
  'maxProperties',
];

/** Keywords that constrain a value itself, as opposed to its properties or items (fields of their own). */
const VALUE_KEYWORDS = ['type', 'enum', 'const', 'format', 'pattern', ...BOUNDS];

type Schema = Record<string, unknown> | boolean;

/**
 * The part of a field's schema that judges the value at that place and nothing below it: the
 * engine is asked one small question per changed field instead of one about the whole document,
 * and each answer names one field. oneOf becomes anyOf: the branches usually differ only below
 * this place, and projected they would overlap and reject everything.
 */
function localOf(root: unknown, schema: unknown, withFormat: boolean, seen: ReadonlySet<string>, deep = false): Schema {
  if (typeof schema === 'boolean') return schema;
  if (schema === null || typeof schema !== 'object') return true;
  const s = schema as Record<string, unknown>;
  const parts: Schema[] = [];
  const own: Record<string, unknown> = {};
  const below = (v: unknown) => localOf(root, v, withFormat, seen, true);
  for (const k of VALUE_KEYWORDS) if (k in s && (withFormat || k !== 'format')) own[k] = s[k];
  if (deep) {
    // Below additionalProperties and patternProperties nothing is a field of its own (the field walk
    // does not go there), so everything under them is judged here, as written.
    if (isObject(s.properties)) own.properties = Object.fromEntries(Object.entries(s.properties).map(([k, v]) => [k, below(v)]));
    if (Array.isArray(s.required)) own.required = s.required;
    if (s.items !== undefined) own.items = Array.isArray(s.items) ? s.items.map(below) : below(s.items);
  }
  // Properties not declared by name are no field of their own: additionalProperties and
  // patternProperties judge them here, whole. Named properties stay exempt (any value: they are
  // judged as their own fields), as they are from additionalProperties in the schema itself.
  if ('additionalProperties' in s || isObject(s.patternProperties)) {
    if (isObject(s.properties) && !deep) own.properties = Object.fromEntries(Object.keys(s.properties).map((k) => [k, true]));
    if ('additionalProperties' in s) own.additionalProperties = below(s.additionalProperties);
    if (isObject(s.patternProperties))
      own.patternProperties = Object.fromEntries(Object.entries(s.patternProperties).map(([k, v]) => [k, below(v)]));
  }
  if (Object.keys(own).length > 0) parts.push(own);
  if (typeof s.$ref === 'string' && !seen.has(s.$ref)) {
    const target = resolveRef(root, s.$ref);
    if (target) parts.push(localOf(root, target.schema, withFormat, new Set([...seen, s.$ref]), deep));
  }
  for (const k of ['anyOf', 'oneOf'] as const) {
    if (Array.isArray(s[k])) parts.push({ anyOf: (s[k] as unknown[]).map((b) => localOf(root, b, withFormat, seen, deep)) });
  }
  if (Array.isArray(s.allOf)) parts.push(...(s.allOf as unknown[]).map((b) => localOf(root, b, withFormat, seen, deep)));
  if (s.not !== undefined) parts.push({ not: localOf(root, s.not, withFormat, seen, deep) });
  const useful = parts.filter((p) => p !== true);
  return useful.length === 0 ? true : useful.length === 1 ? useful[0] : { allOf: useful };
}

/** The local schema of a field: any of the places that declare it. */
export function localSchema(root: unknown, field: FieldInfo, withFormat: boolean): Schema {
  const alternatives = field.nodes.map((n) => localOf(root, n, withFormat, new Set()));
  if (alternatives.length === 1) return alternatives[0]!;
  const distinct = [...new Map(alternatives.map((a) => [canonicalText(a), a])).values()];
  return distinct.length === 1 ? distinct[0] : { anyOf: distinct };
}

const answers = new Map<string, SubsetAnswer>();
/** Answers remembered; past this the cache starts over (a catalog repeats a few changes, not thousands). */
const MAX_ANSWERS = 5_000;

/** isSubset over small local schemas, remembered: a catalog repeats the same few changes many times. */
export function subsetOf(a: Schema, b: Schema): SubsetAnswer {
  const key = canonicalText([a, b]);
  let answer = answers.get(key);
  if (!answer) {
    answer = isSubset(a, b);
    if (answers.size >= MAX_ANSWERS) answers.clear();
    answers.set(key, answer);
  }
  return answer;
}
