import { escapeToken, joinPointer, parsePointer } from '../model/pointer.js';
import type { RuleId } from '../model/rules.js';
import type { Finding } from '../model/types.js';
import { isSubset, validator, collectFields, accepts, complaints, exampleValue } from '../schema/index.js';
import { makeFinding } from './finding.js';
import { judgeSchemaFields, type Narrowing, type SchemaRules, showUnshown } from './schema-diff.js';

/** A config that exists (or plausibly exists) and is judged against a narrowed schema. */
export interface ConcreteConfig {
  /** How a message names it: "the test config", "known config #2", "binding users". */
  label: string;
  value: unknown;
  /** Never shown: the decrypted test config. */
  secret?: boolean;
}

export interface ConfigSchemaJudge {
  rules: SchemaRules;
  /** The rule for a narrowing that no concrete config hits. */
  unused: RuleId;
  scope: string;
  noun: string;
  concrete: ConcreteConfig[];
}

/** A field path (`/credentials`, `/items/*`) from a schema pointer (`/properties/credentials/oneOf/1`). */
function pathOfSchemaPointer(pointer: string): string {
  const tokens = parsePointer(pointer);
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i] === 'properties' && i + 1 < tokens.length) out.push(tokens[++i]);
    else if (tokens[i] === 'items') out.push('*');
  }
  return out.map((t) => `/${escapeToken(t)}`).join('');
}

/** Whether ajv's complaints about a config concern the field at `path` (or its presence in its parent). */
function touches(errors: string[], path: string): boolean {
  const re = new RegExp(
    `^${path
      .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\/\\\*/g, '/\\d+')
      .replace(/\*/g, '\\d+')}(/| |$)`,
  );
  const parent = path.slice(0, path.lastIndexOf('/'));
  const name = path.slice(path.lastIndexOf('/') + 1);
  return errors.some(
    (e) => re.test(e) || ((e.startsWith(`${parent} `) || (parent === '' && e.startsWith('/ '))) && e.includes(`'${name}'`)),
  );
}

interface BranchCopy {
  /** The schema with one oneOf/anyOf place narrowed to one of its options. */
  copy: unknown;
  /** The field the place constrains, and the schema pointer of the place. */
  path: string;
  pointer: string;
  title?: string;
  index: number;
}

/** oneOf/anyOf places in a schema, each option as a narrower copy of the schema that keeps only it. */
function* branchCopies(schema: unknown): Generator<BranchCopy> {
  const places: { tokens: string[]; key: 'oneOf' | 'anyOf'; n: number }[] = [];
  const walk = (s: unknown, tokens: string[]): void => {
    if (!s || typeof s !== 'object') return;
    for (const [k, v] of Object.entries(s)) {
      if ((k === 'oneOf' || k === 'anyOf') && Array.isArray(v) && v.length > 1) places.push({ tokens, key: k, n: v.length });
      if (v && typeof v === 'object') walk(v, [...tokens, k]);
    }
  };
  walk(schema, []);
  for (const { tokens, key, n } of places.slice(0, 10)) {
    const pointer = joinPointer('', ...tokens);
    for (let index = 0; index < n; index++) {
      const copy = structuredClone(schema) as Record<string, unknown>;
      const holder = tokens.reduce<Record<string, unknown>>((o, k) => o[k] as Record<string, unknown>, copy);
      const branch = (holder[key] as unknown[])[index] as Record<string, unknown> | undefined;
      holder[key] = [branch];
      yield {
        copy,
        path: pathOfSchemaPointer(pointer),
        pointer,
        title: typeof branch?.title === 'string' ? branch.title : undefined,
        index,
      };
    }
  }
}

/**
 * When the engine cannot decide the whole schema (overlapping oneOf branches), ask it about each
 * option alone: an option the candidate lost shows up as a witness of its own.
 */
function branchWitness(before: unknown, after: unknown): { witness: unknown; cause: string; path: string; pointer: string } | undefined {
  const afterFields = collectFields(after);
  for (const b of branchCopies(before)) {
    const answer = isSubset(b.copy, after);
    if (answer.result !== 'not-subset' || accepts(before, answer.witness) !== true || accepts(after, answer.witness) !== false) continue;
    const name = b.title !== undefined ? `"${b.title}"` : `#${b.index + 1}`;
    const kept = b.title !== undefined && afterFields.get(b.path)?.branches.some((x) => x.title === b.title);
    const cause = kept
      ? `option ${name} narrowed: ${answer.reason}`
      : `option ${name} removed: no candidate option accepts what it accepted`;
    return { witness: answer.witness, cause, path: b.path, pointer: b.pointer };
  }
  return undefined;
}

/** Configs made from the baseline form's own defaults and examples, one per oneOf/anyOf option. */
export function exampleConfigs(schema: unknown): ConcreteConfig[] {
  const fields = collectFields(schema);
  const configs: ConcreteConfig[] = [
    { label: "a config made of the baseline form's defaults and examples", value: exampleValue(schema, schema) },
  ];
  for (const [path, f] of fields) {
    for (let i = 1; i < f.branches.length; i++) {
      const title = typeof f.branches[i].title === 'string' ? ` "${f.branches[i].title}"` : ` ${i + 1}`;
      configs.push({
        label: `a config made of the baseline form's defaults and examples with ${path || 'the'} option${title}`,
        value: exampleValue(schema, schema, '', new Map([[path, i]])),
      });
    }
  }
  return configs.filter((c) => accepts(schema, c.value) === true);
}

/**
 * A config schema judged baseline ⊆ candidate. A narrowing is breaking when a concrete config
 * (the test config, a known config, a discovered resource config, or one made of the baseline
 * form's defaults and examples) is hit, and a warning otherwise; either way with its witness.
 */
export function judgeConfigSchema(before: unknown, after: unknown, opts: ConfigSchemaJudge): Finding[] {
  const { rules } = opts;
  if (before === undefined || after === undefined) return [];
  const compiled = validator(after);
  if (!compiled.ok) {
    const message = compiled.tooLarge
      ? `the candidate's ${opts.noun} schema is ${compiled.error}; it was not judged`
      : `the candidate's ${opts.noun} schema is not valid JSON Schema, no config can be validated against it: ${compiled.error}`;
    return [makeFinding({ rule: compiled.tooLarge ? rules.unknown : rules.invalid, stage: 'spec', pointer: opts.scope, message })];
  }
  const { findings, narrowings, unshown } = judgeSchemaFields(before, after, { rules, scope: opts.scope, noun: opts.noun });
  const whole = isSubset(before, after);
  const unexplained = (witness: unknown) => !narrowings.some((n) => touches(complaints(after, witness), n.path));
  const addWhole = (witness: unknown, cause: string, path: string, pointer: string) => {
    const f = makeFinding({
      rule: rules.narrowed,
      stage: 'spec',
      pointer: opts.scope + pointer,
      message: `${opts.noun} ${path || '(whole config)'}: ${cause}`,
      witness,
    });
    findings.push(f);
    narrowings.push({ finding: f, path });
  };
  if (whole.result === 'not-subset' && unexplained(whole.witness)) {
    addWhole(whole.witness, whole.reason, pathOfSchemaPointer(whole.pointer), whole.pointer);
  } else if (whole.result === 'unknown') {
    const found = branchWitness(before, after);
    if (found && unexplained(found.witness)) addWhole(found.witness, found.cause, found.path, found.pointer);
    else if (!found && narrowings.length === 0) {
      findings.push(
        makeFinding({
          rule: rules.unknown,
          stage: 'spec',
          pointer: opts.scope + (whole.pointer ?? ''),
          message: `the engine could not decide whether every ${opts.noun} the baseline accepts is still accepted: ${whole.reason}`,
        }),
      );
    }
  }
  // A field-level narrowing that no whole config could show is the whole-level one seen from below.
  const explained = new Set(
    unshown
      .filter((u) => narrowings.some((n) => n.finding.witness !== undefined && touches(complaints(after, n.finding.witness), u.path)))
      .map((u) => u.finding),
  );
  // One the whole-level judgement leaves unexplained may still be shown from another branch.
  showUnshown({ findings, narrowings, unshown }, explained);
  return findings
    .filter((f) => !explained.has(f))
    .map((f) => {
      const n = narrowings.find((x) => x.finding === f);
      return n ? severityByHits(n, before, after, opts) : f;
    });
}

/** `*.narrowed` when a concrete config is hit, `*.narrowed-unused` otherwise. */
function severityByHits(n: Narrowing, before: unknown, after: unknown, opts: ConfigSchemaJudge): Finding {
  const hits = opts.concrete.filter(
    (c) => accepts(before, c.value) === true && accepts(after, c.value) === false && touches(complaints(after, c.value), n.path),
  );
  const f = n.finding;
  const base = { stage: f.stage, pointer: f.pointer, before: f.before, after: f.after };
  if (hits.length === 0) {
    const checked = opts.concrete.length;
    return makeFinding({
      ...base,
      rule: opts.unused,
      witness: f.witness,
      message: `${f.message}; no known ${opts.noun} is affected (${checked} checked)`,
    });
  }
  const shown = hits.find((c) => !c.secret);
  return makeFinding({
    ...base,
    rule: f.rule as RuleId,
    witness: f.witness ?? shown?.value,
    message: `${f.message}; rejects ${hits
      .slice(0, 3)
      .map((c) => c.label)
      .join(', ')}${hits.length > 3 ? ` and ${hits.length - 3} more` : ''}`,
  });
}
