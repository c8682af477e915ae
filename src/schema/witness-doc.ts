import { joinPointer, parsePointer } from '../model/pointer.js';
import { alternativesOf, type FieldInfo, type SchemaObject } from './fields.js';
import { isJsonObject as isObject, setOwn } from '../model/json.js';
import { accepts as interpret } from './evaluate.js';
import { partsOf } from './parts.js';
import { patternExample } from './patterns.js';
import { pruneFor } from './prune.js';
import { type Doc, loadDoc } from './resolve.js';
import { describeError, validator } from './validate.js';
import { formatSample } from './format-samples.js';

export { pruneFor };

type Fields = Map<string, FieldInfo>;

/** Whether ajv accepts the instance under the schema; undefined when the schema does not compile. */
export function accepts(schema: unknown, instance: unknown): boolean | undefined {
  const v = validator(pruneFor(schema, instance));
  return v.ok ? v.validate(instance) : undefined;
}

/** ajv's verdict as `accepts`, taken part by part where the schema allows (validators shared across schemas). */
export function ajvAccepts(schema: unknown, instance: unknown): boolean | undefined {
  return partsOf(schema)?.validate(instance) ?? accepts(schema, instance);
}

const loaded = new WeakMap<object, Doc | null>();

/**
 * The engine's interpreter's verdict (ajv's reading of every keyword, no compile), falling back
 * to ajv where it cannot tell: for trying candidate documents, which ajv then confirms.
 */
export function verdict(schema: unknown, instance: unknown): boolean | undefined {
  if (schema !== null && typeof schema === 'object') {
    let doc = loaded.get(schema);
    if (doc === undefined) {
      try {
        doc = loadDoc(schema);
      } catch {
        doc = null;
      }
      loaded.set(schema, doc);
    }
    if (doc) {
      try {
        return interpret(doc.root, instance);
      } catch {
        // an unsupported construct: ajv decides
      }
    }
  }
  return ajvAccepts(schema, instance);
}

/**
 * ajv's complaints about the instance, `"<instance path> <message>"` each: part by part where the
 * schema allows, as ajvAccepts (a captured document holds every field, and the wide schema pruned to
 * it would compile anew for every binding of a catalog), else from the schema pruned to the instance.
 */
export function complaints(schema: unknown, instance: unknown): string[] {
  const parts = isObject(instance) ? partsOf(schema)?.errors(instance, Object.keys(instance)) : undefined;
  if (parts) return parts.map(describeError);
  const v = validator(pruneFor(schema, instance));
  return v.ok ? v.errors(instance) : [v.error];
}

/** A string for the schema: its example or default, else one its pattern (refa's shortest) or format accepts. */
function exampleString(s: SchemaObject): string {
  if (Array.isArray(s.examples) && typeof s.examples[0] === 'string') return s.examples[0];
  if (typeof s.default === 'string') return s.default;
  if (s.format === 'date-time') return '2020-01-01T00:00:00Z';
  if (s.format === 'date') return '2020-01-01';
  const made = (typeof s.pattern === 'string' ? patternExample(s.pattern) : undefined) ?? formatSample(s.format);
  return made ?? 'x'.repeat(typeof s.minLength === 'number' ? s.minLength : 0);
}

/**
 * A plausible value for a schema: its const, default, first enum value or example, with its
 * required properties; `choice` picks another alternative (oneOf/anyOf branch) at a field path.
 * Built, not solved: callers verify it with ajv.
 */
export function exampleValue(
  root: unknown,
  schema: unknown,
  path = '',
  choice: ReadonlyMap<string, number> = new Map(),
  depth = 0,
): unknown {
  const alternatives = alternativesOf(root, schema);
  const s = alternatives[choice.get(path) ?? 0] ?? alternatives[0] ?? {};
  if ('const' in s) return s.const;
  if (s.default !== undefined && typeof s.default !== 'object') return s.default;
  if (Array.isArray(s.enum) && s.enum.length > 0) return s.enum[0];
  const types: unknown[] = Array.isArray(s.type) ? s.type : s.type !== undefined ? [s.type] : ['object'];
  const required = Array.isArray(s.required) && depth < 12 ? (s.required as string[]) : [];
  const props = isObject(s.properties) ? s.properties : {};
  const t = required.length > 0 && types.includes('object') ? 'object' : (types.find((x) => x !== 'null') ?? 'null');
  switch (t) {
    case 'object':
      return Object.fromEntries(
        required.map((k) => [k, exampleValue(root, Object.hasOwn(props, k) ? props[k] : {}, joinPointer(path, k), choice, depth + 1)]),
      );
    case 'array':
      return [];
    case 'string':
      return exampleString(s);
    case 'integer':
    case 'number':
      return typeof s.minimum === 'number' ? s.minimum : 0;
    case 'boolean':
      return false;
    default:
      return null;
  }
}

export const REMOVE = Symbol('remove');

/** A shallow copy of an object or array (anything else: a new object). */
const copyOf = (v: unknown): Record<string, unknown> | unknown[] => (Array.isArray(v) ? [...v] : isObject(v) ? { ...v } : {});

/**
 * A copy of the document with the value at a field path (`*` = the first array item), parents made
 * as needed. Only the objects and arrays on the path are copied: the rest is shared with `doc`
 * (a wide captured document is the start of many witnesses; neither it nor a witness is changed after).
 */
export function placed(doc: unknown, schema: unknown, fields: Fields, path: string, value: unknown | typeof REMOVE): unknown {
  const tokens = parsePointer(path);
  const copy = tokens.length > 0 && doc !== null && typeof doc === 'object' ? copyOf(doc) : structuredClone(doc);
  let cur = copy as Record<string, unknown> | unknown[];
  for (let i = 0; i < tokens.length; i++) {
    const key = tokens[i] === '*' ? 0 : tokens[i];
    const last = i === tokens.length - 1;
    if (last) {
      if (value === REMOVE) delete (cur as Record<string, unknown>)[key];
      else setOwn(cur as Record<string, unknown>, String(key), value);
      break;
    }
    const here = joinPointer('', ...tokens.slice(0, i + 1));
    let next = Object.hasOwn(cur, key) ? (cur as Record<string, unknown>)[key] : undefined;
    if (next === null || typeof next !== 'object') {
      next = tokens[i + 1] === '*' ? [] : exampleValue(schema, fields.get(here)?.nodes[0] ?? {}, here);
      if (!isObject(next) && !Array.isArray(next)) next = {};
    } else next = copyOf(next);
    setOwn(cur as Record<string, unknown>, String(key), next);
    cur = next as Record<string, unknown> | unknown[];
  }
  return copy;
}
