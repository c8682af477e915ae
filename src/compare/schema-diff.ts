import { jsonEqual } from '../model/canonical.js';
import type { RuleId } from '../model/rules.js';
import type { Finding } from '../model/types.js';
import { makeFinding } from './finding.js';
import type { SchemaRules } from './schema-rules.js';
import { causeOf, sameCause } from './narrowing-cause.js';
import { Witnesses } from './witnesses.js';
import {
  validator,
  localSchema,
  subsetOf,
  walkPlans,
  collectFields,
  type FieldInfo,
  type JsonType,
  exampleValue,
  REMOVE,
} from '../schema/index.js';

export { CONFIG_RULES, DOCUMENT_RULES, RESOURCE_RULES, type SchemaRules } from './schema-rules.js';

export interface SchemaDiffOptions {
  rules: SchemaRules;
  binding?: string;
  /** Prefix for pointers so that findings of several schemas of one artifact stay apart. */
  scope?: string;
  /** Subject for messages: "field", "config property", "resource config property". */
  noun: string;
  /** Real instances (the baseline's captured documents) to build witnesses from before made-up ones. */
  examples?: readonly unknown[];
}

/** A narrowing the engine proved, with the field it is about (to check concrete configs against). */
export interface Narrowing {
  finding: Finding;
  path: string;
  /** The candidate's field there, as the walk read it; absent where the candidate has none. */
  field?: FieldInfo;
  /**
   * For an unshown one: tries documents that take another oneOf/anyOf branch above the field (a
   * removed option), and gives the narrowing's own finding with that witness when one shows it.
   */
  retry?: () => Finding | undefined;
}

export interface SchemaJudgement {
  findings: Finding[];
  narrowings: Narrowing[];
  /** Narrowings of a field's own values that no whole document could show (reported as unknown). */
  unshown: Narrowing[];
}

/**
 * Each unshown narrowing not in `skip` that its retry shows (from another oneOf/anyOf branch, a
 * removed option): its finding takes the unknown one's place and counts as a narrowing.
 */
export function showUnshown(j: SchemaJudgement, skip: ReadonlySet<Finding> = new Set()): void {
  for (const u of j.unshown) {
    if (skip.has(u.finding)) continue;
    const shown = u.retry?.();
    if (!shown) continue;
    j.findings[j.findings.indexOf(u.finding)] = shown;
    j.narrowings.push({ finding: shown, path: u.path });
  }
}

const nonNull = (types: Set<JsonType>): JsonType[] => [...types].filter((t) => t !== 'null');

/** Types of `from` that `to` does not accept (integer is within number). */
const lostTypes = (from: Set<JsonType>, to: Set<JsonType>): JsonType[] =>
  nonNull(from).filter((t) => !to.has(t) && !(t === 'integer' && to.has('number')));

const parentOf = (path: string): string => path.slice(0, path.lastIndexOf('/'));
const typeList = (f: FieldInfo): string[] => [...f.types].sort();

/**
 * Compares two schemas field by field: the structural walk says which fields differ, the engine
 * says (per differing field, on that field's own constraints) whether values are lost or gained,
 * and every narrowing gets a whole document or config that ajv accepts under the baseline and
 * rejects under the candidate. One finding per field and cause.
 */
export function judgeSchemaFields(before: unknown, after: unknown, opts: SchemaDiffOptions): SchemaJudgement {
  const { rules } = opts;
  const withFormat = rules.formatChanged === undefined;
  const plans = walkPlans(before, after);
  const b = collectFields(before, plans?.before);
  const a = collectFields(after, plans?.after);
  const witnesses = new Witnesses(before, after, b, a, opts.examples);
  // The other direction, for what a document schema gains: a document the candidate accepts and the baseline rejects.
  let gains: Witnesses | undefined;
  const gainShown = (path: string, value: unknown) =>
    rules.gainsMatter ? (gains ??= new Witnesses(after, before, a, b)).show(path, value) : undefined;
  const findings: Finding[] = [];
  const narrowings: Narrowing[] = [];
  const unshown: Narrowing[] = [];
  const isMeta = (path: string) => !!rules.meta && (path === rules.meta.path || path.startsWith(`${rules.meta.path}/`));
  type Extra = { before?: unknown; after?: unknown; witness?: unknown };
  const make = (rule: RuleId, path: string, message: string, extra: Extra = {}): Finding =>
    makeFinding({
      rule,
      stage: rules.stage,
      binding: opts.binding,
      pointer: (opts.scope ?? '') + (a.get(path) ?? b.get(path))!.schemaPointer,
      message: `${opts.noun} ${path}: ${message}`,
      ...extra,
    });
  const add = (rule: RuleId, path: string, message: string, extra: Extra = {}): Finding => {
    const f = make(rule, path, message, extra);
    findings.push(f);
    return f;
  };
  /** A narrowing at `path` shown by a whole document with `value` (or nothing) there, else an unknown finding that may be retried. */
  const narrowed = (
    rule: RuleId,
    path: string,
    cause: string,
    value: unknown,
    values: { before?: unknown; after?: unknown },
    otherValue?: () => unknown,
  ): void => {
    let witness = witnesses.show(path, value);
    const another = witness === undefined ? otherValue?.() : undefined;
    if (another !== undefined) witness = witnesses.show(path, another);
    if (witness === undefined) {
      const finding = add(
        rules.unknown,
        path,
        `${cause}, but no whole ${opts.noun === 'field' ? 'document' : 'config'} could be built to show it`,
        values,
      );
      // Built only when asked: it is not kept in `findings`, its caller puts it in the unknown one's place.
      const retry = () => {
        const other = witnesses.showInBranches(path, value);
        return other === undefined ? undefined : make(rule, path, cause, { ...values, witness: other });
      };
      unshown.push({ finding, path, retry });
      return;
    }
    narrowings.push({ finding: add(rule, path, cause, { ...values, witness }), path, field: a.get(path) });
  };

  const judgeValues = (path: string, bf: FieldInfo, af: FieldInfo): void => {
    const lb = localSchema(before, bf, withFormat);
    const la = localSchema(after, af, withFormat);
    if (jsonEqual(lb, la)) return;
    const compiled = validator(la);
    if (!compiled.ok) {
      // Too large to compile is no verdict on the schema: the question stays open, once, for this field.
      if (compiled.tooLarge) add(rules.unknown, path, `the candidate's schema for it is ${compiled.error}`);
      else add(rules.invalid, path, `the candidate's schema for it is not valid JSON Schema: ${compiled.error}`, { after: la });
      return;
    }
    const values = { before: typeList(bf), after: typeList(af) };
    const lost = subsetOf(lb, la);
    if (lost.result === 'not-subset') {
      // null lost and something else lost are two causes: ask again without null for the second one.
      const other = lost.witness === null ? subsetOf({ allOf: [lb, { not: { type: 'null' } }] }, la) : lost;
      if (lost.witness === null) narrowed(rules.nullabilityRemoved, path, 'null no longer accepted', null, values);
      if (other.result === 'not-subset') {
        const cause = causeOf(other.witness, af, lb, la, other.reason);
        narrowed(rules.narrowed, path, cause, other.witness, values, () => sameCause(before, bf, af, lb, la, other.reason, cause));
      }
    }
    const gained = subsetOf(la, lb);
    if (gained.result === 'not-subset') {
      const types = lostTypes(af.types, bf.types);
      const nullAdded = !bf.types.has('null') && af.types.has('null');
      if (nullAdded) add(rules.nullabilityAdded, path, 'now accepts null', values);
      const shown = types.length || !nullAdded ? gainShown(path, gained.witness) : undefined;
      const withWitness = shown === undefined ? values : { ...values, witness: shown };
      if (types.length) add(rules.widened, path, `type widened: now also accepts ${types.join(', ')}`, withWitness);
      else if (!nullAdded) add(rules.valuesWidened, path, `accepts more values, e.g. ${JSON.stringify(gained.witness)}`, withWitness);
    }
    // A direction left undecided warns only where it matters: configs need only baseline ⊆ candidate.
    const unknown = [lost, ...(rules.gainsMatter ? [gained] : [])].find((r) => r.result === 'unknown');
    if (unknown?.result === 'unknown')
      add(rules.unknown, path, `the engine could not decide whether values are lost or gained: ${unknown.reason}`, values);
  };

  const judgeMeta = (path: string, bf: FieldInfo | undefined, af: FieldInfo | undefined): void => {
    const what = !bf
      ? `added${af!.required ? ' as required' : ''}`
      : !af
        ? 'removed'
        : !jsonEqual(localSchema(before, bf, true), localSchema(after, af, true)) || bf.required !== af.required
          ? 'changed'
          : undefined;
    if (what) add(rules.meta!.rule, path, `runtime metadata ${what}`, { before: bf && typeList(bf), after: af && typeList(af) });
  };

  for (const [path, bf] of b) {
    if (path === '') continue;
    const af = a.get(path);
    if (isMeta(path)) {
      if (!af && b.has(parentOf(path)) && !a.has(parentOf(path)) && parentOf(path) !== '') continue;
      judgeMeta(path, bf, af);
      continue;
    }
    if (!af) {
      // One finding for a removed object, not one for each of its fields as well.
      if (b.has(parentOf(path)) && !a.has(parentOf(path))) continue;
      // A removed property the candidate now forbids (additionalProperties: false) is a narrowing.
      const closed = a.get(parentOf(path))?.branches.some((s) => s.additionalProperties === false || s.unevaluatedProperties === false);
      const shown = closed && !path.endsWith('/*') ? witnesses.show(path, exampleValue(before, bf.nodes[0])) : undefined;
      if (shown !== undefined)
        narrowings.push({
          finding: add(rules.narrowed, path, 'removed and no longer allowed', { before: typeList(bf), witness: shown }),
          path,
        });
      else add(rules.propertyRemoved, path, 'removed from the schema', { before: typeList(bf) });
      continue;
    }
    judgeValues(path, bf, af);
    if (!bf.required && af.required) narrowed(rules.narrowed, path, 'became required', REMOVE, { before: false, after: true });
    if (bf.required && !af.required) add(rules.requiredRemoved, path, 'no longer required', { before: true, after: false });
    if (rules.formatChanged && !jsonEqual([...bf.formats].sort(), [...af.formats].sort())) {
      add(rules.formatChanged, path, 'format changed', { before: [...bf.formats], after: [...af.formats] });
    }
    if (rules.secretUnmarked && bf.secret && !af.secret)
      add(rules.secretUnmarked, path, 'no longer marked secret: its value would be shown in the UI and logs', {
        before: true,
        after: false,
      });
    if (rules.annotationChanged && !jsonEqual(bf.annotations, af.annotations))
      add(rules.annotationChanged, path, 'title, description, order or examples changed', {
        before: bf.annotations,
        after: af.annotations,
      });
  }
  for (const [path, af] of a) {
    if (b.has(path)) continue;
    const parent = parentOf(path);
    if (parent !== '' && !b.has(parent)) continue;
    if (isMeta(path)) judgeMeta(path, undefined, af);
    // A new required field inside an object that existed before rejects what lacks it.
    else if (af.required) narrowed(rules.narrowed, path, 'added as a required property', REMOVE, { after: typeList(af) });
    else add(rules.propertyAdded, path, 'added', { after: typeList(af) });
  }
  return { findings, narrowings, unshown };
}
