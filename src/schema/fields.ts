import { joinPointer, unescapeToken } from '../model/pointer.js';
import type { WalkPlan } from './unchanged.js';
import { isJsonObject as isObject, jsonTypeOf } from '../model/json.js';

export type SchemaObject = Record<string, unknown>;

export type JsonType = 'null' | 'boolean' | 'integer' | 'number' | 'string' | 'object' | 'array';
const ALL_TYPES: JsonType[] = ['null', 'boolean', 'integer', 'number', 'string', 'object', 'array'];

/** What a schema says about one field of the document, flattened over $ref, anyOf, oneOf and allOf. */
export interface FieldInfo {
  /** Path of the field in a document: `/address/city`; `*` stands for any array item. */
  path: string;
  /** Where the field's schema sits in the schema document (the first place found). */
  schemaPointer: string;
  /** The JSON types the field may take; all of them when the schema names none. */
  types: Set<JsonType>;
  formats: Set<string>;
  required: boolean;
  secret: boolean;
  annotations: Record<string, unknown>;
  /** The field's alternatives with $refs resolved, for building example documents. */
  branches: SchemaObject[];
  /** The field's schemas as written (one per place that declares it), for the engine's questions. */
  nodes: unknown[];
}

const ANNOTATIONS = ['title', 'description', 'order', 'examples', 'default'];
const CONSTRAINING = ['type', 'properties', 'items', 'enum', 'const'];

export function resolveRef(root: unknown, ref: string): { schema: unknown; pointer: string } | undefined {
  if (!ref.startsWith('#')) return undefined;
  const pointer = decodeURIComponent(ref.slice(1));
  let cur: unknown = root;
  for (const raw of pointer.split('/').slice(1)) {
    const token = unescapeToken(raw);
    if (!isObject(cur)) return undefined;
    cur = cur[token];
  }
  return cur === undefined ? undefined : { schema: cur, pointer };
}

/** The schema's branches with $refs followed: each alternative a field may satisfy. */
function branches(root: unknown, schema: unknown, pointer: string, seen: Set<string>): { schema: SchemaObject; pointer: string }[] {
  if (schema === true) return [{ schema: {}, pointer }];
  if (!isObject(schema)) return [];
  // Most fields of a wide schema are plain: their own keywords are their one branch.
  if (!('$ref' in schema || 'anyOf' in schema || 'oneOf' in schema || 'allOf' in schema)) return [{ schema: { ...schema }, pointer }];
  const out: { schema: SchemaObject; pointer: string }[] = [];
  if (typeof schema.$ref === 'string' && !seen.has(schema.$ref)) {
    const target = resolveRef(root, schema.$ref);
    if (target) out.push(...branches(root, target.schema, target.pointer, new Set([...seen, schema.$ref])));
  }
  const alternatives = [
    ...((schema.anyOf as unknown[]) ?? []).map((s, i) => [s, joinPointer(pointer, 'anyOf', i)] as const),
    ...((schema.oneOf as unknown[]) ?? []).map((s, i) => [s, joinPointer(pointer, 'oneOf', i)] as const),
    ...((schema.allOf as unknown[]) ?? []).map((s, i) => [s, joinPointer(pointer, 'allOf', i)] as const),
  ];
  for (const [s, p] of alternatives) out.push(...branches(root, s, p, seen));
  const { anyOf: _a, oneOf: _o, allOf: _l, $ref: _r, ...own } = schema;
  // The schema's own keywords count as a branch when they constrain, or when nothing else does.
  if (CONSTRAINING.some((k) => k in own) || out.length === 0) out.push({ schema: own, pointer });
  return out;
}

/** The alternatives a value may satisfy, $refs followed. */
export const alternativesOf = (root: unknown, schema: unknown): SchemaObject[] =>
  branches(root, schema, '', new Set()).map((b) => b.schema);

function typesOf(schemas: SchemaObject[]): Set<JsonType> {
  const types = new Set<JsonType>();
  for (const s of schemas) {
    if (s.type === undefined) {
      // A branch that names no type but constrains with enum/const takes the values' types.
      const values = 'const' in s ? [s.const] : Array.isArray(s.enum) ? s.enum : undefined;
      if (values) for (const v of values) types.add(jsonTypeOf(v));
      else if (!s.properties && !s.items) for (const t of ALL_TYPES) types.add(t);
      else types.add(s.properties ? 'object' : 'array');
      continue;
    }
    for (const t of Array.isArray(s.type) ? s.type : [s.type]) if ((ALL_TYPES as unknown[]).includes(t)) types.add(t as JsonType);
  }
  return types;
}

/**
 * Every field a document schema declares, by document path; the document itself is the field ''.
 * A structural reading: it answers "which fields, of which types", not containment (the schema
 * engine does that, field by field, where this reading shows a difference). With a `plan`, only
 * the properties it names are walked: unchanged ones, in a wide schema, are most of the work.
 */
export function collectFields(root: unknown, plan?: WalkPlan, maxDepth = 12): Map<string, FieldInfo> {
  const fields = new Map<string, FieldInfo>();
  const visit = (
    schema: unknown,
    pointer: string,
    path: string,
    required: boolean,
    depth: number,
    seen: Set<string>,
    plan?: WalkPlan | null,
  ): void => {
    const parts = branches(root, schema, pointer, seen);
    const existing = fields.get(path);
    const info: FieldInfo = existing ?? {
      path,
      schemaPointer: pointer,
      types: new Set(),
      formats: new Set(),
      required,
      secret: false,
      annotations: {},
      branches: [],
      nodes: [],
    };
    info.nodes.push(schema);
    for (const t of typesOf(parts.map((p) => p.schema))) info.types.add(t);
    for (const { schema: s } of parts) {
      info.branches.push(s);
      if (typeof s.format === 'string') info.formats.add(s.format);
      if (s.secret === true || s.airbyte_secret === true) info.secret = true;
      for (const a of ANNOTATIONS) if (a in s && !(a in info.annotations)) info.annotations[a] = s[a];
    }
    fields.set(path, info);
    if (depth >= maxDepth) return;
    for (const { schema: s, pointer: p } of parts) {
      const req = new Set(Array.isArray(s.required) ? (s.required as string[]) : []);
      if (isObject(s.properties)) {
        const props = s.properties;
        for (const name of Object.keys(props)) {
          if (plan && !plan.walk.has(name)) continue;
          visit(
            props[name],
            joinPointer(p, 'properties', name),
            joinPointer(path, name),
            req.has(name),
            depth + 1,
            seen,
            plan?.walk.get(name),
          );
        }
      }
      if (isObject(s.items) || s.items === true) visit(s.items, joinPointer(p, 'items'), joinPointer(path, '*'), false, depth + 1, seen);
    }
  };
  visit(root, '', '', true, 0, new Set(), plan);
  return fields;
}
