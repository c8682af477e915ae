// JSON Schema dialects: which draft a `$schema` names, whatever its spelling, and how a draft-04 or
// draft-06 schema reads in draft-07 terms for the engine (ajv itself validates each in its own draft).
import { isJsonObject as isObject } from '../model/json.js';

export type Draft = 'draft-04' | 'draft-06' | 'draft-07' | '2019-09' | '2020-12';

/** The meta-schema ids ajv registers (ajv, ajv/dist/2019, ajv/dist/2020, ajv-draft-04, draft-06 added). */
export const META_ID: Record<Draft, string> = {
  'draft-04': 'http://json-schema.org/draft-04/schema#',
  'draft-06': 'http://json-schema.org/draft-06/schema#',
  'draft-07': 'http://json-schema.org/draft-07/schema#',
  '2019-09': 'https://json-schema.org/draft/2019-09/schema',
  '2020-12': 'https://json-schema.org/draft/2020-12/schema',
};

/** Every spelling of the five meta-schema URIs: http or https, with or without the empty fragment. */
const META_URI = /^https?:\/\/json-schema\.org\/(?:(draft-0[467])|draft\/(2019-09|2020-12))\/schema#?$/;

/** The draft a schema declares; draft-07 when it declares none; undefined for a `$schema` that names no known draft. */
export function draftOf(schema: unknown): Draft | undefined {
  const uri = schema && typeof schema === 'object' ? (schema as Record<string, unknown>).$schema : undefined;
  if (uri === undefined) return 'draft-07';
  if (typeof uri !== 'string') return undefined;
  const m = META_URI.exec(uri.trim());
  return m ? ((m[1] ?? m[2]) as Draft) : undefined;
}

/** Keywords later drafts added: in an older draft they are annotations, so the draft-07 reading drops them. */
const LATER: Record<'draft-04' | 'draft-06', readonly string[]> = {
  'draft-04': ['const', 'contains', 'propertyNames', 'if', 'then', 'else', '$id'],
  'draft-06': ['if', 'then', 'else'],
};

const SUBSCHEMA = ['additionalItems', 'additionalProperties', 'not', 'items'];
const SUBSCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'items'];
const SUBSCHEMA_MAPS = ['properties', 'patternProperties', 'definitions', 'dependencies'];

function upgrade(s: unknown, from: 'draft-04' | 'draft-06'): unknown {
  if (!isObject(s)) return s;
  const o: Record<string, unknown> = { ...s };
  for (const k of LATER[from]) delete o[k];
  if (from === 'draft-04') {
    if (typeof s.id === 'string') o.$id = s.id;
    delete o.id;
    // Draft-04's boolean exclusive bounds make the plain bound exclusive; draft-06 made them numbers.
    for (const [flag, bound] of [
      ['exclusiveMaximum', 'maximum'],
      ['exclusiveMinimum', 'minimum'],
    ] as const) {
      if (typeof o[flag] !== 'boolean') continue;
      if (o[flag] === true && typeof o[bound] === 'number') {
        o[flag] = o[bound];
        delete o[bound];
      } else delete o[flag];
    }
  }
  for (const k of SUBSCHEMA) if (isObject(o[k])) o[k] = upgrade(o[k], from);
  for (const k of SUBSCHEMA_LISTS) if (Array.isArray(o[k])) o[k] = (o[k] as unknown[]).map((v) => upgrade(v, from));
  for (const k of SUBSCHEMA_MAPS) {
    const m = o[k];
    if (isObject(m)) o[k] = Object.fromEntries(Object.entries(m).map(([n, v]) => [n, Array.isArray(v) ? v : upgrade(v, from)]));
  }
  return o;
}

/**
 * The schema as the engine reads it: draft-04 and draft-06 schemas in draft-07 terms (boolean
 * exclusive bounds as numbers, `id` as `$id`, keywords of later drafts dropped as the annotations
 * they are there); any other schema as it is, with its `$schema` in the spelling ajv knows.
 */
export function engineSchema(schema: unknown): unknown {
  const draft = draftOf(schema);
  if (!isObject(schema) || draft === undefined || schema.$schema === undefined) return schema;
  if (draft === 'draft-04' || draft === 'draft-06') return { ...(upgrade(schema, draft) as object), $schema: META_ID['draft-07'] };
  return schema.$schema === META_ID[draft] ? schema : { ...schema, $schema: META_ID[draft] };
}
