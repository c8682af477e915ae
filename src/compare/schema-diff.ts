import { jsonEqual } from '../model/canonical.js';
import type { RuleId } from '../model/rules.js';
import type { Finding, Stage } from '../model/types.js';
import { makeFinding } from './finding.js';
import { collectFields, type FieldInfo, type JsonType } from './schema-fields.js';

/** Which rule each kind of field difference maps to, per artifact. */
export interface SchemaRules {
  stage: Stage;
  narrowed: RuleId;
  nullabilityRemoved: RuleId;
  nullabilityAdded: RuleId;
  widened: RuleId;
  propertyRemoved: RuleId;
  propertyAdded: RuleId;
  requiredRemoved: RuleId;
  formatChanged?: RuleId;
  secretUnmarked?: RuleId;
  annotationChanged?: RuleId;
  /** Fields under this path belong to the runtime and are reported with this rule instead. */
  meta?: { path: string; rule: RuleId };
}

export const DOCUMENT_RULES: SchemaRules = {
  stage: 'discover',
  narrowed: 'discover.schema.narrowed',
  nullabilityRemoved: 'discover.schema.nullability-removed',
  nullabilityAdded: 'discover.schema.nullability-added',
  widened: 'discover.schema.type-widened',
  propertyRemoved: 'discover.schema.property-removed',
  propertyAdded: 'discover.schema.property-added',
  requiredRemoved: 'discover.schema.required-removed',
  formatChanged: 'discover.schema.format-changed',
  meta: { path: '/_meta', rule: 'discover.schema.meta-changed' },
};

export const CONFIG_RULES: SchemaRules = {
  stage: 'spec',
  narrowed: 'spec.config.narrowed',
  nullabilityRemoved: 'spec.config.narrowed',
  nullabilityAdded: 'spec.config.widened',
  widened: 'spec.config.widened',
  propertyRemoved: 'spec.config.property-removed',
  propertyAdded: 'spec.config.widened',
  requiredRemoved: 'spec.config.widened',
  secretUnmarked: 'spec.config.secret-unmarked',
  annotationChanged: 'spec.annotation.changed',
};

export const RESOURCE_RULES: SchemaRules = {
  stage: 'spec',
  narrowed: 'spec.resource.narrowed-unused',
  nullabilityRemoved: 'spec.resource.narrowed-unused',
  nullabilityAdded: 'spec.resource.widened',
  widened: 'spec.resource.widened',
  propertyRemoved: 'spec.resource.narrowed-unused',
  propertyAdded: 'spec.resource.widened',
  requiredRemoved: 'spec.resource.widened',
  annotationChanged: 'spec.annotation.changed',
};

const nonNull = (types: Set<JsonType>): JsonType[] => [...types].filter((t) => t !== 'null');

/** Types of `from` that `to` does not accept (integer is within number). */
function lostTypes(from: Set<JsonType>, to: Set<JsonType>): JsonType[] {
  return nonNull(from).filter((t) => !to.has(t) && !(t === 'integer' && to.has('number')));
}

const parentOf = (path: string): string => path.slice(0, path.lastIndexOf('/'));

const list = (types: JsonType[]): string => types.join(', ');

export interface SchemaDiffOptions {
  rules: SchemaRules;
  binding?: string;
  /** Prefix for pointers so that findings of several schemas of one artifact stay apart. */
  scope?: string;
  /** Subject for messages: "field", "config property", "resource config property". */
  noun: string;
}

/** Compares two schemas field by field and says, per field and cause, what changed. */
export function diffSchemaFields(before: unknown, after: unknown, opts: SchemaDiffOptions): Finding[] {
  const { rules } = opts;
  const b = collectFields(before);
  const a = collectFields(after);
  const findings: Finding[] = [];
  const add = (rule: RuleId, field: string, message: string, beforeValue?: unknown, afterValue?: unknown): void => {
    const where = (a.get(field) ?? b.get(field))!.schemaPointer;
    const meta = rules.meta && (field === rules.meta.path || field.startsWith(rules.meta.path + '/'));
    findings.push(
      makeFinding({
        rule: meta ? rules.meta!.rule : rule,
        stage: rules.stage,
        binding: opts.binding,
        pointer: (opts.scope ?? '') + where,
        message: meta ? `runtime metadata ${field}: ${message}` : `${opts.noun} ${field}: ${message}`,
        before: beforeValue,
        after: afterValue,
      }),
    );
  };
  const typeList = (f: FieldInfo): string[] => [...f.types].sort();

  for (const [path, bf] of b) {
    const af = a.get(path);
    if (!af) {
      // One finding for a removed object, not one for each of its fields as well.
      if (b.has(parentOf(path)) && !a.has(parentOf(path))) continue;
      add(rules.propertyRemoved, path, 'removed from the schema', typeList(bf));
      continue;
    }
    if (bf.types.has('null') && !af.types.has('null')) add(rules.nullabilityRemoved, path, 'null no longer accepted', typeList(bf), typeList(af));
    if (!bf.types.has('null') && af.types.has('null')) add(rules.nullabilityAdded, path, 'now accepts null', typeList(bf), typeList(af));
    const lost = lostTypes(bf.types, af.types);
    if (lost.length) add(rules.narrowed, path, `type narrowed: ${list(lost)} no longer accepted`, typeList(bf), typeList(af));
    const gained = lostTypes(af.types, bf.types);
    if (gained.length) add(rules.widened, path, `type widened: now also accepts ${list(gained)}`, typeList(bf), typeList(af));
    if (!bf.required && af.required) add(rules.narrowed, path, 'became required', false, true);
    if (bf.required && !af.required) add(rules.requiredRemoved, path, 'no longer required', true, false);
    if (rules.formatChanged && !jsonEqual([...bf.formats].sort(), [...af.formats].sort())) {
      add(rules.formatChanged, path, `format changed from ${[...bf.formats].join(', ') || 'none'} to ${[...af.formats].join(', ') || 'none'}`, [...bf.formats], [...af.formats]);
    }
    if (rules.secretUnmarked && bf.secret && !af.secret) add(rules.secretUnmarked, path, 'no longer marked secret: its value would be shown in the UI and logs', true, false);
    if (rules.annotationChanged && !jsonEqual(bf.annotations, af.annotations)) add(rules.annotationChanged, path, 'title, description, order or examples changed', bf.annotations, af.annotations);
  }
  for (const [path, af] of a) {
    if (b.has(path)) continue;
    const parent = parentOf(path);
    if (parent !== '' && !b.has(parent)) continue;
    // A new required field inside an object that existed before rejects what lacks it.
    if (af.required) add(rules.narrowed, path, 'added as a required property', undefined, typeList(af));
    else add(rules.propertyAdded, path, 'added', undefined, typeList(af));
  }
  return findings;
}
