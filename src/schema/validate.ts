import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import Ajv04Module from 'ajv-draft-04';
import draft06MetaSchema from 'ajv/dist/refs/json-schema-draft-06.json' with { type: 'json' };
import { type Draft, draftOf, META_ID } from './dialect.js';
import { FLOW_FORMATS } from './flow-formats.js';
import { addIdnFormats, checksIdnFormat } from './idn-formats.js';

// ajv-formats is CommonJS; under NodeNext its default import is the module object or the plugin itself.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;
const Ajv04 = ((Ajv04Module as unknown as { default?: unknown }).default ?? Ajv04Module) as typeof Ajv;

export type Validator =
  | { ok: true; validate: (instance: unknown) => boolean; errors: (instance: unknown) => string[] }
  | { ok: false; error: string; tooLarge?: boolean };

/** A compiled schema with ajv's raw errors, for callers inside the engine that need schema paths. */
export interface Compiled {
  validate: (instance: unknown) => boolean;
  rawErrors: (instance: unknown) => ErrorObject[];
}

const byObject = new WeakMap<object, Compiled | string>();
const byText = new Map<string, Compiled | string>();
/** Validators by JSON text as written, in front of the canonical text: JSON.stringify is native, sorting keys is not. */
const byJson = new Map<string, Compiled | string>();
/** Validators kept by text: a catalog's repeated small schemas hit, its thousands of distinct wide ones pass through. */
const MAX_BY_TEXT = 2000;
const shared = new Map<string, Ajv>();

/**
 * Formats the validator checks (ajv-formats', Flow's that ajv-formats lacks, and the IDN/IRI ones
 * once loaded); ajv ignores any other `format` value (an annotation).
 */
export function knownFormat(name: string): boolean {
  return Object.hasOwn(fullFormats, name) || Object.hasOwn(FLOW_FORMATS, name) || checksIdnFormat(name);
}

function newAjv(draft: Draft, allErrors: boolean, validateSchema: boolean): Ajv {
  // Discovered schemas are wide (hundreds of properties, shared $defs): ajv's default inlining of
  // every $ref and its code optimizer make compiling one take several times longer than without.
  const options = {
    strict: false,
    // Only a value's own properties are its JSON properties (as Flow reads documents): by default ajv
    // reads `data.constructor` of a document without one, and rejects it where a schema declares it.
    ownProperties: true,
    allErrors,
    logger: false as const,
    validateFormats: true,
    inlineRefs: false,
    code: { optimize: false },
    validateSchema,
  };
  const ajv =
    draft === '2020-12'
      ? new Ajv2020(options)
      : draft === '2019-09'
        ? new Ajv2019(options)
        : draft === 'draft-04'
          ? new Ajv04(options)
          : new Ajv(options);
  if (draft === 'draft-06') ajv.addMetaSchema(draft06MetaSchema);
  addFormats(ajv);
  rememberFormatAnswers(ajv);
  for (const [name, validate] of Object.entries(FLOW_FORMATS)) ajv.addFormat(name, { type: 'string', validate });
  addIdnFormats(ajv);
  return ajv;
}

/** Values whose format answers a check keeps, the latest ones. */
const REMEMBERED = 4;
const EMPTY = Symbol('none yet');

/**
 * ajv-formats' checks that run code (date-time parses its date and time apart; most others are
 * regular expressions), each keeping its answers for the last values it was asked: a candidate's
 * document is validated against both sides' schemas, one after the other, and asks the same values
 * twice. The checks are pure functions of the value, so a kept answer is the answer. A few values
 * compared in place cost less than hashing each into a map.
 */
function rememberFormatAnswers(ajv: Ajv): void {
  type Check = (value: string | number) => boolean;
  for (const [name, format] of Object.entries(fullFormats)) {
    const defined = typeof format === 'object' && !(format instanceof RegExp) ? format : undefined;
    const check = (typeof format === 'function' ? format : defined?.validate) as Check | RegExp | string | undefined;
    if (typeof check !== 'function') continue;
    const values: unknown[] = new Array(REMEMBERED).fill(EMPTY);
    const answers: boolean[] = new Array(REMEMBERED).fill(false);
    let next = 0;
    const remembering: Check = (value) => {
      for (let i = 0; i < REMEMBERED; i++) if (values[i] === value) return answers[i]!;
      const answer = check(value);
      values[next] = value;
      answers[next] = answer;
      next = (next + 1) % REMEMBERED;
      return answer;
    };
    ajv.addFormat(name, (defined ? { ...defined, validate: remembering } : remembering) as Parameters<Ajv['addFormat']>[1]);
  }
}

/** Stable text of a JSON value (keys sorted), so that equal schemas share one compiled validator. */
export function canonicalText(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalText).join(',')}]`;
  if (value && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalText((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * One shared ajv per draft and error mode; a schema with an $id gets its own (ajv refuses an $id
 * twice). Only the draft's first instance checks schemas against the meta-schema (compiling the
 * meta-schema costs more than most schemas): the others compile schemas it has checked.
 */
function ajvFor(draft: Draft, allErrors: boolean, hasId: boolean): Ajv {
  const checker = !allErrors && !hasId;
  if (hasId) return newAjv(draft, allErrors, false);
  const key = `${draft}:${allErrors}`;
  let ajv = shared.get(key);
  if (!ajv) shared.set(key, (ajv = newAjv(draft, allErrors, checker)));
  return ajv;
}

/** Throws as ajv's compile does for a schema its draft's meta-schema rejects. */
function checkMeta(draft: Draft, schema: object | boolean): void {
  const checker = ajvFor(draft, false, false);
  if (checker.validateSchema(schema) !== true) throw new Error(`schema is invalid: ${checker.errorsText(checker.errors)}`);
}

function compileWith(ajv: Ajv, schema: object | boolean): ValidateFunction {
  const validate = ajv.compile(schema);
  // ajv keeps every compiled schema in its own cache for good; ours below is bounded instead.
  if (typeof schema === 'object') ajv.removeSchema(schema);
  return validate;
}

function build(schema: unknown, first: Use): Compiled | string {
  if (typeof schema !== 'boolean' && (schema === null || typeof schema !== 'object' || Array.isArray(schema))) {
    return 'schema must be an object or a boolean';
  }
  let draft = draftOf(schema);
  let body = schema as object | boolean;
  if (draft === undefined) {
    // A $schema that names no known draft: read it as draft-07 rather than refuse.
    const { $schema: _ignored, ...rest } = schema as Record<string, unknown>;
    body = rest;
    draft = 'draft-07';
  } else if (typeof body === 'object' && '$schema' in body && (body as { $schema: unknown }).$schema !== META_ID[draft]) {
    // Any spelling of a draft's meta-schema URI (https, no '#') as the one ajv registers.
    body = { ...body, $schema: META_ID[draft] };
  }
  try {
    // Schemas with an $id cannot be added twice to one ajv instance, so each gets its own.
    const hasId = (draft === 'draft-04' ? /"\$?id"\s*:\s*"/ : /"\$id"\s*:\s*"/).test(JSON.stringify(body));
    // One of the two compiles happens now (it says whether the schema is valid), the other when asked for.
    // The first compile checks the schema against its meta-schema (the checker instance does it itself).
    let checked = false;
    const compileFor = (allErrors: boolean) => {
      const ajv = ajvFor(draft!, allErrors, hasId);
      if (!checked && ajv !== ajvFor(draft!, false, false)) checkMeta(draft!, body);
      checked = true;
      return compileWith(ajv, body);
    };
    let validate = first === 'validate' ? compileFor(false) : undefined;
    let explain = first === 'explain' ? compileFor(true) : undefined;
    return {
      // Reporting all errors changes no verdict: a schema compiled to explain also validates.
      validate: (instance) => (validate ?? explain ?? (validate = compileFor(false)))(instance) as boolean,
      rawErrors: (instance) => {
        explain ??= compileFor(true);
        return explain(instance) ? [] : [...(explain.errors ?? [])];
      },
    };
  } catch (err) {
    // ajv compiles a schema into code recursively: a very wide or deep one overflows the stack.
    if (err instanceof RangeError) return `${TOO_LARGE}: ${err.message}`;
    return err instanceof Error ? err.message : String(err);
  }
}

/** The start of the error of a schema too large (wide or deep) for ajv to compile; not an invalid schema. */
export const TOO_LARGE = 'too large for the validator to compile';

/** Meta-schema verdicts by schema text: the parts of a catalog ask it of the same small shells thousands of times. */
const metaByText = new Map<string, boolean>();

/** Whether the schema is valid under its draft's meta-schema, without compiling it. */
export function metaValid(schema: unknown): boolean {
  const draft = draftOf(schema);
  if (draft === undefined || typeof schema !== 'object' || schema === null) return false;
  const spelled: object = '$schema' in schema ? { ...schema, $schema: META_ID[draft] } : schema;
  const text = JSON.stringify(spelled);
  let valid = metaByText.get(text);
  if (valid === undefined) {
    try {
      valid = ajvFor(draft, false, false).validateSchema(spelled) === true;
    } catch {
      valid = false;
    }
    remember(metaByText, text, valid);
  }
  return valid;
}

/** What a compiled schema is first used for: a verdict, or ajv's errors (all of them). */
export type Use = 'validate' | 'explain';

function remember<T>(map: Map<string, T>, key: string, value: T): void {
  if (map.size >= MAX_BY_TEXT) map.delete(map.keys().next().value!);
  map.set(key, value);
}

/**
 * Compiles (once per schema object and per canonical text) the validator of a schema; a string is
 * the reason it is invalid. `first` names the use to compile for now; the other compiles when asked for.
 * `byObjectToo: false` is for a schema object made for one use, whose caller keeps the answer: no
 * weak-map entry is made for it.
 */
export function compiled(schema: unknown, first: Use = 'validate', byObjectToo = true): Compiled | string {
  const isObj = byObjectToo && schema !== null && typeof schema === 'object';
  if (isObj) {
    const hit = byObject.get(schema);
    if (hit !== undefined) return hit;
  }
  let result: Compiled | string | undefined;
  try {
    const json = JSON.stringify(schema) ?? 'null';
    result = byJson.get(json);
    if (result === undefined) {
      const text = canonicalText(schema);
      result = byText.get(text);
      if (result === undefined) remember(byText, text, (result = build(schema, first)));
      remember(byJson, json, result);
    }
  } catch {
    return 'schema is not JSON';
  }
  if (isObj) byObject.set(schema, result);
  return result;
}

/** One ajv error as `"<instance path> <message>"`. */
export function describeError(e: ErrorObject): string {
  return `${e.instancePath || '/'} ${e.message ?? e.keyword}`;
}

/** The validator of a schema for configs and documents; `ok: false` when the schema itself is invalid. */
export function validator(schema: unknown): Validator {
  const c = compiled(schema);
  if (typeof c === 'string') return { ok: false, error: c, ...(c.startsWith(TOO_LARGE) ? { tooLarge: true } : {}) };
  return { ok: true, validate: c.validate, errors: (instance) => c.rawErrors(instance).map(describeError) };
}
