import { isIdnFormat, loadIdnFormats, namesIdnFormat } from './idn-formats.js';
import { loadPatterns, regularFormat } from './patterns.js';

/** Loads what the engine loads lazily (refa for patterns, the IDN/IRI format checks): await it once before asking questions. */
export async function loadEngine(): Promise<void> {
  await Promise.all([loadPatterns(), loadIdnFormats()]);
}

/**
 * Loads what checking documents against these schemas needs: the IDN/IRI format checks where a
 * schema names one (ajv and the interpreter match patterns with RegExp; refa answers containment
 * questions only). A thread that only validates documents is spared a megabyte of code.
 */
export async function loadEngineFor(schemas: unknown[]): Promise<void> {
  if (schemas.some(namesIdnFormat)) await loadIdnFormats();
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
 * these names counts, wherever it is (more loaded than needed, never less).
 */
export function engineNeeds(value: unknown): EngineNeeds {
  const needs = { patterns: false, idnFormats: false };
  const formats = new Set<string>();
  let lengths = false;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      for (const x of v) if (x !== null && typeof x === 'object') stack.push(x);
      continue;
    }
    const o = v as Record<string, unknown>;
    for (const k in o) {
      const x = o[k];
      if (k === 'pattern' || k === 'patternProperties') needs.patterns = true;
      else if (k === 'minLength' || k === 'maxLength') lengths = true;
      else if (k === 'format' && typeof x === 'string') {
        if (regularFormat(x)) formats.add(x);
        else if (isIdnFormat(x)) needs.idnFormats = true;
      }
      if (x !== null && typeof x === 'object') stack.push(x);
    }
    if (formats.size > 1 || (lengths && formats.size > 0)) needs.patterns = true;
    // Past this, the rest could only say what is known: a catalog's walk ends at its first formats.
    if (needs.patterns) return { patterns: true, idnFormats: true };
  }
  return needs;
}

/**
 * Loads what comparing these schemas (snapshot sets: any JSON value) can use (engineNeeds): a
 * comparison without patterns is spared refa (16 MB and 40 ms to load), one without IDN/IRI
 * formats their checks. Without them, such a question would be undecided, never wrong.
 */
export async function loadEngineToCompare(schemas: unknown): Promise<void> {
  const needs = engineNeeds(schemas);
  await Promise.all([needs.patterns ? loadPatterns() : undefined, needs.idnFormats ? loadIdnFormats() : undefined]);
}
