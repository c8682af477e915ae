import { isIdnFormat, loadIdnFormats } from './idn-formats.js';
import { loadPatterns, regularFormat } from './patterns.js';

/** Both lazy parts are loaded: nothing is left for a comparison to look for. */
let whole = false;

/** Loads what the engine loads lazily (refa for patterns, the IDN/IRI format checks): await it once before asking questions. */
export async function loadEngine(): Promise<void> {
  await Promise.all([loadPatterns(), loadIdnFormats()]);
  whole = true;
}

/** Whether `test` holds for some property (its name and value) of an object anywhere in a JSON value. */
function someProperty(value: unknown, test: (key: string, v: unknown) => boolean): boolean {
  if (value === null || typeof value !== 'object') return false;
  const stack: object[] = [value];
  while (stack.length > 0) {
    const v = stack.pop() as object;
    if (Array.isArray(v)) {
      for (const x of v) if (x !== null && typeof x === 'object') stack.push(x);
      continue;
    }
    for (const k in v) {
      const x = (v as Record<string, unknown>)[k];
      if (test(k, x)) return true;
      if (x !== null && typeof x === 'object') stack.push(x);
    }
  }
  return false;
}

const namesIdnFormat = (key: string, v: unknown): boolean => key === 'format' && typeof v === 'string' && isIdnFormat(v);

/**
 * Loads what checking documents against these schemas needs: the IDN/IRI format checks where a
 * schema names one (ajv and the interpreter match patterns with RegExp; refa answers containment
 * questions only). A thread that only validates documents is spared a megabyte of code.
 */
export async function loadEngineFor(schemas: unknown[]): Promise<void> {
  if (someProperty(schemas, namesIdnFormat)) await loadIdnFormats();
}

/** What questions about some schemas can use of what loads lazily (see engineNeeds). */
export interface EngineNeeds {
  patterns: boolean;
  idnFormats: boolean;
}

/**
 * What questions about these schemas (any JSON value, read as one) can use. refa: where a schema
 * says `pattern` or `patternProperties` (patternsEntail, patternExample), or names two formats
 * with a regular language, or one and a length bound (only then can stringsEmpty find no string:
 * one such format alone has strings). The IDN/IRI format checks: where a schema names one. Read
 * over all the schemas at once, the answer covers whatever one question puts together; any key of
 * these names counts, wherever it is (more loaded than needed, never less). Once refa is needed
 * the walk ends and both are (a catalog's walk ends at its first formats).
 */
export function engineNeeds(value: unknown): EngineNeeds {
  let idnFormats = false;
  let lengths = false;
  const formats = new Set<string>();
  const patterns = someProperty(value, (k, x) => {
    if (k === 'pattern' || k === 'patternProperties') return true;
    if (k === 'minLength' || k === 'maxLength') lengths = true;
    else if (k === 'format' && typeof x === 'string') {
      if (regularFormat(x)) formats.add(x);
      else idnFormats ||= isIdnFormat(x);
    }
    return formats.size > 1 || (lengths && formats.size > 0);
  });
  return patterns ? { patterns, idnFormats: true } : { patterns, idnFormats };
}

/**
 * Loads what comparing these schemas (snapshot sets: any JSON value) can use (engineNeeds): a
 * comparison without patterns is spared refa (16 MB and 40 ms to load), one without IDN/IRI
 * formats their checks. Without them, such a question would be undecided, never wrong. Once both
 * are loaded, later comparisons (a live side against its committed snapshots) read nothing.
 */
export async function loadEngineToCompare(schemas: unknown): Promise<void> {
  if (whole) return;
  const needs = engineNeeds(schemas);
  if (needs.patterns) return loadEngine();
  if (needs.idnFormats) await loadIdnFormats();
}
